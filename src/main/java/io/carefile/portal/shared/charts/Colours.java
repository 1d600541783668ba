package io.carefile.portal.shared.charts;

import java.util.Locale;

/**
 * The GOV.UK Frontend colours the charts draw with, and the WCAG contrast ratio between two of
 * them, so that a chart can choose text that reads on its fill (4.5:1 at least).
 */
public final class Colours {

  public static final String BLACK = "#0b0c0c";
  public static final String WHITE = "#ffffff";
  public static final String DARK_GREY = "#505a5f";
  public static final String MID_GREY = "#b1b4b6";
  public static final String LIGHT_GREY = "#f3f2f1";
  public static final String BLUE = "#1d70b8";
  public static final String DARK_BLUE = "#003078";
  public static final String LIGHT_BLUE = "#5694ca";
  public static final String GREEN = "#00703c";
  public static final String ORANGE = "#f47738";
  public static final String RED = "#d4351c";

  private Colours() {}

  /** The WCAG 2 contrast ratio of two colours written {@code #rrggbb}: 1 to 21. */
  public static double contrast(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** Black or white, whichever contrasts more with the fill. */
  public static String textOn(String fill) {
    return contrast(fill, BLACK) >= contrast(fill, WHITE) ? BLACK : WHITE;
  }

  /** WCAG 2 relative luminance of a colour written {@code #rrggbb}. */
  static double luminance(String colour) {
    if (!colour.toLowerCase(Locale.ROOT).matches("#[0-9a-f]{6}")) {
      throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
    }
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16 & 0xff)
        + 0.7152 * channel(rgb >> 8 & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double srgb = value / 255.0;
    return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
  }
}
