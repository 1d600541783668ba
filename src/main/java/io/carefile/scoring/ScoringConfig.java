package io.carefile.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The bands of a return's total score (0–100). Stored with every score, so a change applies to
 * later submissions only.
 */
@ConfigMapping(prefix = "carefile.scoring")
public interface ScoringConfig {

  /** The lowest total that is GREEN. */
  @WithDefault("75")
  BigDecimal greenFrom();

  /** The lowest total that is AMBER; below it a return is RED. At most {@code green-from}. */
  @WithDefault("50")
  BigDecimal amberFrom();
}
