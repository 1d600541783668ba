package io.carefile.common.jobs;

import io.carefile.common.db.DatabaseUnavailable;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops db-scheduler's log records caused by an unreachable database, which it repeats with a stack
 * trace at every poll and heartbeat while the outage lasts; {@link SchedulerOutages} reports the
 * outage in one line instead. Every other record passes. Installed on the console as {@code
 * quarkus.log.console.filter=carefile-scheduler-outages}.
 */
@LoggingFilter(name = "carefile-scheduler-outages")
public final class SchedulerOutageFilter implements Filter {

  private static final String SCHEDULER_LOGGERS = "com.github.kagkarlsson.";

  @Override
  public boolean isLoggable(LogRecord record) {
    Throwable thrown = record.getThrown();
    String logger = record.getLoggerName();
    if (thrown == null
        || logger == null
        || !logger.startsWith(SCHEDULER_LOGGERS)
        || !DatabaseUnavailable.isCause(thrown)) {
      return true;
    }
    SchedulerOutages.noticed(thrown);
    return false;
  }
}
