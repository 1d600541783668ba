package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.carefile.common.db.JobOutages;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;

/**
 * Starts this instance's scheduler with the application and stops it before the datasource goes.
 * Recurring jobs that run at start do so first, here, before the instance is ready for traffic.
 */
@ApplicationScoped
class JobLifecycle {

  private final Scheduler scheduler;
  private final List<RecurringJob> recurring;
  private final JobOutages outages;

  JobLifecycle(Scheduler scheduler, @All List<RecurringJob> recurring, JobOutages outages) {
    this.scheduler = scheduler;
    this.recurring = recurring;
    this.outages = outages;
  }

  /** After the template files are loaded at start (default observer priority), never before. */
  void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent start) {
    for (RecurringJob job : recurring) {
      if (job.runsAtStart()) {
        outages.run("The job " + job.name() + " at start", () -> JobExecution.run(job::run));
      }
    }
    scheduler.start();
  }

  /**
   * Waits for running executions (twice {@code carefile.jobs.shutdown-wait} at most, interrupting
   * them half way). One that fails from the interruption is retried; one the process leaves running
   * is run again by another instance once its heartbeats are missed.
   */
  void stop(@Observes ShutdownEvent stop) {
    scheduler.stop();
  }
}
