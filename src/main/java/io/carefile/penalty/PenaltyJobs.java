package io.carefile.penalty;

import io.carefile.common.jobs.RecurringJob;
import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The daily job marking penalties past their due date OVERDUE (docs/jobs.md). */
class PenaltyJobs {

  @Produces
  @Singleton
  RecurringJob penaltyOverdue(PenaltyService penalties, PenaltyConfig config) {
    return RecurringJob.of(
        "penalty-overdue",
        config.overdueCron(),
        () -> Log.infof("Penalties now overdue: %d", penalties.markOverdue()));
  }
}
