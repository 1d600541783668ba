package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import io.carefile.common.tenancy.SystemWork;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.function.Consumer;

/**
 * One run of a job on a scheduler thread, as a Quarkus {@code @Scheduled} method would run it: in a
 * request context of its own and as system work, outside any transaction. A failure propagates to
 * db-scheduler, which records it and retries the execution; nothing is swallowed here, so a slot
 * whose run failed (the database gone half way included) is never taken as done.
 */
final class JobExecution<T> implements VoidExecutionHandler<T> {

  private final Consumer<T> work;

  JobExecution(Consumer<T> work) {
    this.work = work;
  }

  @Override
  public void execute(TaskInstance<T> instance, ExecutionContext context) {
    run(() -> work.accept(instance.getData()));
  }

  /** Runs {@code work} as a job runs: also the run of a recurring job at start. */
  static void run(Runnable work) {
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    try {
      SystemWork.run(work);
    } finally {
      requestContext.terminate();
    }
  }
}
