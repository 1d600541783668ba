package io.carefile.common.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How each instance of the application takes part in running the scheduled jobs. */
@ConfigMapping(prefix = "carefile.jobs")
public interface JobsConfig {

  /** How often the instance looks for executions that are due. */
  @WithDefault("10s")
  Duration pollingInterval();

  /** How many executions the instance runs at once; each holds a database connection. */
  @WithDefault("2")
  int threads();

  /** How often the instance records that an execution it runs is still alive. */
  @WithDefault("30s")
  Duration heartbeat();

  /**
   * How many heartbeats an execution may miss before another instance takes it as dead and runs it
   * again: heartbeat × this is the longest a slot waits after its instance died. At least 4.
   */
  @WithDefault("6")
  int missedHeartbeats();

  /** How long after a failed execution it runs again; each further failure waits 1.5 × longer. */
  @WithDefault("1m")
  Duration retryDelay();

  /**
   * How long stopping the instance waits for running executions to finish, and then again after
   * interrupting them; at most twice this in all.
   */
  @WithDefault("10s")
  Duration shutdownWait();

  /** The instance's name in {@code scheduled_tasks.picked_by}; the host name when unset. */
  Optional<String> instanceName();
}
