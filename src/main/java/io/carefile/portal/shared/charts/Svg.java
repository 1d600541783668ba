package io.carefile.portal.shared.charts;

import java.util.List;
import java.util.Locale;

/** Coordinates and shapes as SVG attributes take them. */
final class Svg {

  private Svg() {}

  /** A coordinate rounded to a tenth of a pixel: enough for any screen, and short to write. */
  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** A coordinate as an attribute value: {@code 12.5}, {@code 40}. */
  static String number(double value) {
    double rounded = round(value);
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** The {@code points} of a polyline through these points, each an {x, y} pair. */
  static String points(List<double[]> points) {
    StringBuilder text = new StringBuilder();
    for (double[] point : points) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(number(point[0])).append(',').append(number(point[1]));
    }
    return text.toString();
  }
}
