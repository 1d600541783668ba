package io.carefile.penalty;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The penalty calculator and the late-filing points policy, made from {@link PenaltyConfig} as the
 * service starts, so that parameters that cannot be used stop the start instead of the first
 * penalty.
 */
@Startup
@ApplicationScoped
public class PenaltyRules {

  private final PenaltyCalculator calculator;
  private final LateFilingPointsPolicy latePoints;

  @Inject
  PenaltyRules(PenaltyConfig config) {
    try {
      this.calculator = new PenaltyCalculator(config.parameters());
      this.latePoints = new LateFilingPointsPolicy(config.pointsRules());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The penalty configuration cannot be used: " + e.getMessage(), e);
    }
  }

  public PenaltyCalculator calculator() {
    return calculator;
  }

  public LateFilingPointsPolicy latePoints() {
    return latePoints;
  }
}
