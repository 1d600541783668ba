package io.carefile.obligation;

import io.carefile.common.db.JobOutages;
import io.carefile.common.tenancy.SystemWork;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The daily obligation jobs, run on schedule and (by default) once at start. Both are idempotent,
 * so several replicas may run them at once: generation relies on the unique (platform, template,
 * period) constraint, the overdue rule on row locks. Both are system work: they act for every
 * platform, on no caller's behalf.
 */
@ApplicationScoped
class ObligationJobs {

  private final ObligationService obligations;
  private final ObligationsConfig config;
  private final JobOutages outages;

  ObligationJobs(ObligationService obligations, ObligationsConfig config, JobOutages outages) {
    this.obligations = obligations;
    this.config = config;
    this.outages = outages;
  }

  /** After the template files are loaded at start (default observer priority), never before. */
  void atStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent start) {
    if (config.generateAtStart()) {
      daily();
    }
  }

  // The cron is read from ObligationsConfig's property, whose default the mapping supplies.
  @Scheduled(
      identity = "obligations-daily",
      cron = "${carefile.obligations.daily-cron}",
      timeZone = "${carefile.regulator.time-zone:Europe/London}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void daily() {
    outages.run("The daily obligation job", this::generateAndMarkOverdue);
  }

  private void generateAndMarkOverdue() {
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
