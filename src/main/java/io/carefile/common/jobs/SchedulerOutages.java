package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.carefile.common.db.DatabaseUnavailable;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a database outage to one log line when it starts and one when it ends, as for every
 * background job ({@code common.db.JobOutages}). db-scheduler itself would log each failed poll,
 * heartbeat and run with a stack trace, every polling interval; {@link SchedulerOutageFilter} drops
 * those whose cause is the unreachable database and notes the reason here, and this listener of
 * every scheduler reports the outage at the error event that follows such a record (or at a run
 * that failed for it) and its end at the next poll that succeeds. The state is the process's, like
 * its log: every scheduler in it shares it.
 */
final class SchedulerOutages extends AbstractSchedulerListener {

  private static final AtomicReference<String> noticed = new AtomicReference<>();
  private static final AtomicReference<Instant> downSince = new AtomicReference<>();

  /** A scheduler's log record said the database is unreachable; the record itself is dropped. */
  static void noticed(Throwable failure) {
    noticed.set(DatabaseUnavailable.reason(failure));
  }

  @Override
  public void onSchedulerEvent(SchedulerEventType type) {
    switch (type) {
      // A poll reads the table: it succeeds only with the database back. The other rounds report
      // themselves done even when a heartbeat of theirs failed.
      case RAN_EXECUTE_DUE -> resumed();
      case RAN_DETECT_DEAD, RAN_UPDATE_HEARTBEATS, UNRESOLVED_TASK, DEAD_EXECUTION -> {}
      default -> {
        String reason = noticed.getAndSet(null);
        if (reason != null) {
          paused(reason);
        }
      }
    }
  }

  @Override
  public void onExecutionComplete(ExecutionComplete completion) {
    completion
        .getCause()
        .filter(DatabaseUnavailable::isCause)
        .ifPresent(
            cause -> {
              noticed.set(null);
              paused(DatabaseUnavailable.reason(cause));
            });
  }

  private static void paused(String reason) {
    if (downSince.compareAndSet(null, Instant.now())) {
      Log.warnf(
          "Scheduled jobs paused: the database is unavailable (%s); failed runs are retried and"
              + " due ones run once it is back",
          reason);
    }
  }

  private static void resumed() {
    Instant since = downSince.getAndSet(null);
    if (since != null) {
      Log.infof(
          "Scheduled jobs resumed: the database is available again after %d s",
          Duration.between(since, Instant.now()).toSeconds());
    }
  }
}
