package io.carefile.audit;

import io.carefile.common.jobs.RecurringJob;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The scheduled checkpoint of the verifiable log (docs/audit-log.md), once across replicas. */
class AuditJobs {

  @Produces
  @Singleton
  RecurringJob checkpoint(AuditCheckpoints checkpoints, AuditLogConfig config) {
    return RecurringJob.of("audit-checkpoint", config.checkpointCron(), checkpoints::signIfAny);
  }
}
