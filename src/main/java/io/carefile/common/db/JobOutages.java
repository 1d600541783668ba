package io.carefile.common.db;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a background job so that a database outage is one log line when it starts and one when it
 * ends, for each job, however often the job runs in between; while the database is unreachable the
 * job's runs are skipped quietly. Any other failure propagates as before.
 */
@ApplicationScoped
public class JobOutages {

  private final Clock clock;
  private final Map<String, Instant> downSince = new ConcurrentHashMap<>();

  JobOutages(Clock clock) {
    this.clock = clock;
  }

  public void run(String job, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      if (downSince.putIfAbsent(job, Instant.now(clock)) == null) {
        Log.warnf(
            "%s paused: the database is unavailable (%s); it retries until the database is back",
            job, DatabaseUnavailable.reason(e));
      }
      return;
    }
    Instant since = downSince.remove(job);
    if (since != null) {
      Log.infof(
          "%s resumed: the database is available again after %d s",
          job, Duration.between(since, Instant.now(clock)).toSeconds());
    }
  }
}
