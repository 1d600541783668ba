package io.carefile.obligation;

import io.carefile.common.tenancy.SystemWork;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The daily obligation jobs. Both are idempotent, so several replicas may run them at once:
 * generation relies on the unique (platform, template, period) constraint, the overdue rule on row
 * locks. Both are system work: they act for every platform, on no caller's behalf.
 */
@ApplicationScoped
class ObligationJobs {

  private final ObligationService obligations;

  ObligationJobs(ObligationService obligations) {
    this.obligations = obligations;
  }

  @Scheduled(
      identity = "obligations-daily",
      cron = "${carefile.obligations.daily-cron:0 15 0 * * ?}",
      timeZone = "${carefile.regulator.time-zone:Europe/London}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void daily() {
    SystemWork.call(obligations::generateForEndedPeriods)
        .forEach(
            result ->
                Log.infof(
                    "Obligations for %s %s..%s: %d created, %d already existed",
                    result.templateCode(),
                    result.periodStart(),
                    result.periodEnd(),
                    result.created(),
                    result.alreadyExisting()));
    Log.infof("Obligations now overdue: %d", SystemWork.call(obligations::markOverdue));
  }
}
