package io.carefile.portal.shared.charts;

/**
 * What a point means, as a chart draws it: a GOV.UK colour and a shape of its own, outlined in
 * black so that it stands out from the white background whatever its fill. The words for it (a
 * band's name) come from the page, and are written beside every point in the figures' table.
 */
public enum ChartTone {
  GREEN(Colours.GREEN, MarkerShape.CIRCLE),
  AMBER(Colours.ORANGE, MarkerShape.SQUARE),
  RED(Colours.RED, MarkerShape.TRIANGLE),
  NEUTRAL(Colours.BLUE, MarkerShape.CIRCLE);

  private final String fill;
  private final MarkerShape shape;

  ChartTone(String fill, MarkerShape shape) {
    this.fill = fill;
    this.shape = shape;
  }

  public String fill() {
    return fill;
  }

  public MarkerShape shape() {
    return shape;
  }
}
