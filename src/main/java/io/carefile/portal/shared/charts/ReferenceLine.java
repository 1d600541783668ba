package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.util.Objects;

/** A value marked across a chart with its label, like the lowest score that is green. */
public record ReferenceLine(BigDecimal value, String label) {

  public ReferenceLine {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
