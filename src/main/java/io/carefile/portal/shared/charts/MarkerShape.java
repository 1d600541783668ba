package io.carefile.portal.shared.charts;

/**
 * The shape of a point on a chart. Points of different meanings differ in shape as well as in
 * colour, so that colour is never the only way to tell them apart.
 */
public enum MarkerShape {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  DIAMOND;

  /** The SVG path of this shape centred on (x, y), about {@code size} pixels across. */
  public String path(double x, double y, double size) {
    double r = size / 2;
    return switch (this) {
      case CIRCLE ->
          "M%s,%sa%s,%s 0 1,0 %s,0a%s,%s 0 1,0 %s,0Z"
              .formatted(n(x - r), n(y), n(r), n(r), n(2 * r), n(r), n(r), n(-2 * r));
      case SQUARE -> {
        double half = r * 0.9;
        yield "M%s,%sh%sv%sh%sZ"
            .formatted(n(x - half), n(y - half), n(2 * half), n(2 * half), n(-2 * half));
      }
      case TRIANGLE ->
          "M%s,%sL%s,%sL%s,%sZ"
              .formatted(
                  n(x),
                  n(y - r * 1.1),
                  n(x + r * 1.1),
                  n(y + r * 0.9),
                  n(x - r * 1.1),
                  n(y + r * 0.9));
      case DIAMOND ->
          "M%s,%sL%s,%sL%s,%sL%s,%sZ"
              .formatted(
                  n(x),
                  n(y - r * 1.2),
                  n(x + r * 1.2),
                  n(y),
                  n(x),
                  n(y + r * 1.2),
                  n(x - r * 1.2),
                  n(y));
    };
  }

  private static String n(double value) {
    return Svg.number(value);
  }
}
