package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.carefile.common.time.RegulatorConfig;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Other instances of the application's scheduler for the tests of a feature's job: built by the
 * same producer code against the same database under another name, with database sessions of their
 * own (as another process has), running this JVM's jobs. {@link #stopAll} after each test.
 */
@ApplicationScoped
public class SchedulerInstances {

  @Inject JobsConfig config;
  @Inject RegulatorConfig regulator;
  @Inject @All List<RecurringJob> recurring;
  @Inject @All List<OneOffJob> oneOff;

  private final List<Scheduler> started = new ArrayList<>();

  /** Starts another instance named {@code name}. */
  public synchronized Scheduler startAnother(String name) {
    Config settings = ConfigProvider.getConfig();
    PGSimpleDataSource sessions = new PGSimpleDataSource();
    sessions.setURL(settings.getValue("quarkus.datasource.jdbc.url", String.class));
    sessions.setUser(settings.getValue("quarkus.datasource.username", String.class));
    sessions.setPassword(settings.getValue("quarkus.datasource.password", String.class));
    sessions.setApplicationName(name);
    Scheduler instance =
        JobSchedulerProducer.build(sessions, config, regulator.timeZone(), name, recurring, oneOff);
    started.add(instance);
    instance.start();
    return instance;
  }

  /** The name the test application's own instance picks executions under. */
  public String ownInstanceName() {
    return JobSchedulerProducer.instanceName(config);
  }

  public synchronized void stopAll() {
    started.forEach(Scheduler::stop);
    started.clear();
  }
}
