package io.carefile.obligation;

import io.carefile.common.jobs.RecurringJob;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The daily obligation job: it generates each template's last ended period and marks overdue
 * obligations, once per day across every instance (a recurring job, docs/jobs.md), and by default
 * also as each instance starts. Both steps are idempotent, so the runs at start of replicas
 * starting together, and a slot run again after its instance died, are harmless: generation relies
 * on the unique (platform, template, period) constraint, the overdue rule on row locks.
 */
@ApplicationScoped
class ObligationJobs implements RecurringJob {

  private final ObligationService obligations;
  private final ObligationsConfig config;

  ObligationJobs(ObligationService obligations, ObligationsConfig config) {
    this.obligations = obligations;
    this.config = config;
  }

  @Override
  public String name() {
    return "obligations-daily";
  }

  @Override
  public String cron() {
    return config.dailyCron();
  }

  @Override
  public boolean runsAtStart() {
    return config.generateAtStart();
  }

  @Override
  public void run() {
    obligations
        .generateForEndedPeriods()
        .forEach(
            result ->
                Log.infof(
                    "Obligations for %s %s..%s: %d created, %d already existed",
                    result.templateCode(),
                    result.periodStart(),
                    result.periodEnd(),
                    result.created(),
                    result.alreadyExisting()));
    Log.infof("Obligations now overdue: %d", obligations.markOverdue());
  }
}
