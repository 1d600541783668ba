package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import io.agroal.api.AgroalDataSource;
import io.carefile.common.time.RegulatorConfig;
import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Builds this instance's db-scheduler from the declared jobs: every {@link RecurringJob} bean
 * becomes a recurring task on its cron in the regulator's time zone, every {@link OneOffJob} bean a
 * one-time task kind. It uses the application's own datasource, so each poll passes through the
 * pool like any other work; {@code scheduled_tasks} is outside row-level security, and the jobs'
 * own work runs as system work ({@link JobExecution}). {@link JobLifecycle} starts and stops it.
 */
class JobSchedulerProducer {

  @Produces
  @Singleton
  Scheduler scheduler(
      AgroalDataSource dataSource,
      JobsConfig config,
      RegulatorConfig regulator,
      @All List<RecurringJob> recurring,
      @All List<OneOffJob> oneOff) {
    return build(dataSource, config, regulator.timeZone(), instanceName(config), recurring, oneOff);
  }

  /** The name this instance writes into {@code picked_by}. */
  static String instanceName(JobsConfig config) {
    return config.instanceName().orElseGet(() -> new SchedulerName.Hostname().getName());
  }

  /**
   * A scheduler for the jobs, polling {@code dataSource} under {@code instanceName}. Any number of
   * instances, in any number of processes, may run against one database.
   */
  static Scheduler build(
      DataSource dataSource,
      JobsConfig config,
      ZoneId zone,
      String instanceName,
      List<RecurringJob> recurring,
      List<OneOffJob> oneOff) {
    requireUniqueNames(recurring, oneOff);
    List<RecurringTask<Void>> schedules = new ArrayList<>();
    for (RecurringJob job : recurring) {
      schedules.add(
          Tasks.recurring(job.name(), new CronSchedule(job.cron(), zone, CronStyle.QUARTZ))
              .onFailure(new ExponentialBackoffFailureHandler<>(config.retryDelay()))
              .onDeadExecutionRevive()
              .execute(new JobExecution<>(data -> job.run())));
    }
    List<Task<?>> kinds = new ArrayList<>();
    for (OneOffJob job : oneOff) {
      kinds.add(
          Tasks.oneTime(job.name(), String.class)
              .onFailure(new ExponentialBackoffFailureHandler<>(config.retryDelay()))
              .onDeadExecutionRevive()
              .execute(new JobExecution<>(job::run)));
    }
    return Scheduler.create(dataSource, kinds)
        .startTasks(schedules)
        .schedulerName(new SchedulerName.Fixed(instanceName))
        .serializer(new TextPayloads())
        .pollingInterval(config.pollingInterval())
        .threads(config.threads())
        .heartbeatInterval(config.heartbeat())
        .missedHeartbeatsLimit(config.missedHeartbeats())
        .shutdownMaxWait(config.shutdownWait())
        .enableImmediateExecution()
        .addSchedulerListener(new SchedulerOutages())
        .addSchedulerListener(new JobRunLog(instanceName))
        .build();
  }

  private static void requireUniqueNames(List<RecurringJob> recurring, List<OneOffJob> oneOff) {
    Set<String> names = new HashSet<>();
    Stream.concat(recurring.stream().map(RecurringJob::name), oneOff.stream().map(OneOffJob::name))
        .filter(name -> !names.add(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw new IllegalStateException("Two jobs are declared as " + name);
            });
  }
}
