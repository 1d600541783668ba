package io.carefile.common.jobs;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A kind of durable background task that runs once per submission ({@link OneOffJobs#submit}), on
 * whichever instance of the application picks it first, and survives restarts: a submission is a
 * row in {@code scheduled_tasks} until it has run. A failed run is retried after {@code
 * carefile.jobs.retry-delay} (each further failure 1.5 × longer), one whose instance died is run
 * again by another. A feature declares the kind as a CDI bean:
 *
 * <pre>{@code
 * @Produces @Singleton
 * OneOffJob workbookExport(Exports exports) {
 *   return OneOffJob.of("workbook-export", exports::writeWorkbook);
 * }
 * }</pre>
 *
 * <p>The payload is text (JSON, typically) carrying what the run needs, such as the requesting
 * platform. The run is system work and sees every platform, so it must itself keep to what its
 * payload names. Like a recurring job, it must be safe to repeat.
 */
public interface OneOffJob {

  /** The kind's key in {@code scheduled_tasks}: stable, short, lower case. */
  String name();

  /** The work of one submission, given its payload. */
  void run(String payload);

  /** A kind of one-off job that does {@code work} with each submission's payload. */
  static OneOffJob of(String name, Consumer<String> work) {
    return new Declared(name, work);
  }

  /** The kind a feature declares with {@link #of}. */
  record Declared(String name, Consumer<String> work) implements OneOffJob {
    public Declared {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(work, "work");
    }

    @Override
    public void run(String payload) {
      work.accept(payload);
    }
  }
}
