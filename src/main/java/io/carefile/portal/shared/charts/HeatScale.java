package io.carefile.portal.shared.charts;

import java.util.List;

/**
 * The colours of a heat map of points (0 to 100): five steps of GOV.UK blue, light for few points
 * and dark for many, so that order reads in lightness alone (and in greyscale); each cell's text is
 * black or white, whichever contrasts more with its fill. A cell with no points is white.
 */
public final class HeatScale {

  /** One step: the points from {@code from} to {@code to} inclusive, and its fill. */
  public record Step(int from, int to, String fill, String text) {}

  public static final List<Step> STEPS =
      List.of(
          step(0, 24, Colours.LIGHT_GREY),
          step(25, 49, "#d2e2f1"),
          step(50, 74, "#8eb8dc"),
          step(75, 89, Colours.BLUE),
          step(90, 100, Colours.DARK_BLUE));

  /** The fill of a cell without points. */
  public static final String NONE = Colours.WHITE;

  private HeatScale() {}

  /** The step of a number of points, clamped to 0–100. */
  public static Step of(int points) {
    int clamped = Math.clamp(points, 0, 100);
    return STEPS.stream()
        .filter(step -> clamped >= step.from() && clamped <= step.to())
        .findFirst()
        .orElseThrow();
  }

  private static Step step(int from, int to, String fill) {
    return new Step(from, to, fill, Colours.textOn(fill));
  }
}
