package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.jboss.logging.Logger;

/**
 * One log line per finished job run: the job, its slot (the execution time it was due at), the
 * instance that ran it, how long it took and how it ended. With several replicas, the lines of all
 * instances together show which one ran each slot, and that no slot ran twice.
 */
final class JobRunLog extends AbstractSchedulerListener {

  private static final Logger LOG = Logger.getLogger(JobRunLog.class);

  private final String instanceName;

  JobRunLog(String instanceName) {
    this.instanceName = instanceName;
  }

  @Override
  public void onExecutionComplete(ExecutionComplete completion) {
    Execution execution = completion.getExecution();
    String outcome =
        completion.getResult() == ExecutionComplete.Result.OK
            ? "succeeded"
            : "failed ("
                + completion.getCause().map(Throwable::toString).orElse("no cause given")
                + ")";
    LOG.infof(
        "Job run: %s/%s slot %s on %s %s in %d ms",
        execution.getTaskName(),
        execution.getId(),
        execution.getExecutionTime(),
        instanceName,
        outcome,
        completion.getDuration().toMillis());
  }
}
