package io.carefile.common.jobs;

import java.util.Objects;

/**
 * A job that runs at each time of its cron expression, once across every instance of the
 * application (docs/jobs.md). A feature declares one as a CDI bean, usually in one line:
 *
 * <pre>{@code
 * @Produces @Singleton
 * RecurringJob penaltyPoints(LateFilingPoints points, PenaltyConfig config) {
 *   return RecurringJob.of("penalty-points", config.points().cron(), points::decideLateReturns);
 * }
 * }</pre>
 *
 * <p>The work runs as system work (every platform, on no caller's behalf), outside any transaction,
 * so its service methods open their own. It must still be safe to repeat: a slot whose instance
 * died after the work committed and before its completion was recorded runs again elsewhere.
 */
public interface RecurringJob {

  /**
   * The job's key in {@code scheduled_tasks}: stable, short, lower case. Renaming a job forgets its
   * schedule, and the old name's row is removed after 14 days.
   */
  String name();

  /** A Quartz cron expression ({@code 0 15 0 * * ?}) in the regulator's time zone. */
  String cron();

  /**
   * Whether each instance also runs the job as it starts, before it takes traffic, beside the
   * schedule: for idempotent catch-up work only, as this run is not coordinated across instances.
   */
  default boolean runsAtStart() {
    return false;
  }

  /**
   * The work; a failure is logged and the slot is retried after {@code carefile.jobs.retry-delay}.
   */
  void run();

  /** A job that does {@code work} at each time of {@code cron}. */
  static RecurringJob of(String name, String cron, Runnable work) {
    return new Declared(name, cron, work);
  }

  /** The job a feature declares with {@link #of}. */
  record Declared(String name, String cron, Runnable work) implements RecurringJob {
    public Declared {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(cron, "cron");
      Objects.requireNonNull(work, "work");
    }

    @Override
    public void run() {
      work.run();
    }
  }
}
