package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Submits one-off jobs ({@link OneOffJob}). A submission is a row in {@code scheduled_tasks}: made
 * inside a transaction, it is written by that transaction's connection and so exists only if the
 * transaction commits, with whatever the transaction changed.
 */
@ApplicationScoped
public class OneOffJobs {

  private final Scheduler scheduler;
  private final Set<String> kinds;

  OneOffJobs(Scheduler scheduler, @All List<OneOffJob> kinds) {
    this.scheduler = scheduler;
    this.kinds = kinds.stream().map(OneOffJob::name).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Submits a run of the kind {@code job} (a declared {@link OneOffJob#name()}) with {@code
   * payload}, due now. The {@code id} names the submission: while one with the same kind and id is
   * waiting or running, submitting it again changes nothing and answers false.
   */
  public boolean submit(String job, String id, String payload) {
    if (!kinds.contains(job)) {
      throw new IllegalArgumentException("No one-off job is declared as " + job);
    }
    return scheduler.scheduleIfNotExists(
        new TaskInstance<>(job, id, payload), Instant.now(Clock.systemUTC()));
  }
}
