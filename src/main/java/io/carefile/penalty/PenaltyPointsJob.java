package io.carefile.penalty;

import io.carefile.common.jobs.RecurringJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The daily penalty-points job ({@code carefile.penalty.points.cron}), once per slot across every
 * instance (docs/jobs.md). Safe to repeat: each decision is keyed by its submission.
 */
@ApplicationScoped
class PenaltyPointsJob {

  static final String NAME = "penalty-points";

  @Produces
  @Singleton
  RecurringJob penaltyPoints(LateFilingPoints points, PenaltyConfig config) {
    return RecurringJob.of(NAME, config.points().cron(), points::decideLateReturns);
  }
}
