package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkerShapeTest {

  @Test
  void shapesAreClosedPathsAroundTheirCentre() {
    assertThat(MarkerShape.CIRCLE.path(10, 20, 12))
        .isEqualTo("M4,20a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z");
    assertThat(MarkerShape.SQUARE.path(10, 20, 12)).isEqualTo("M4.6,14.6h10.8v10.8h-10.8Z");
    assertThat(MarkerShape.TRIANGLE.path(10, 20, 12)).isEqualTo("M10,13.4L16.6,25.4L3.4,25.4Z");
    assertThat(MarkerShape.DIAMOND.path(10, 20, 10)).isEqualTo("M10,14L16,20L10,26L4,20Z");
  }
}
