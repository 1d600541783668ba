package io.carefile.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import io.carefile.audit.AuditLog;
import io.carefile.common.jobs.TestJobs.Run;
import io.carefile.common.time.RegulatorConfig;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two instances of the application against one database run each slot of a recurring job once, even
 * when both fire it at the same moment; a slot whose instance died half way is run to the end by
 * the other; a one-off job that fails is retried and takes effect once. The test application's
 * scheduler is one instance; the others are schedulers built by the same producer code against the
 * same database under other names, in this JVM, each with database sessions, threads, heartbeats
 * and picks of its own.
 */
@QuarkusTest
class JobsExactlyOnceTest {

  /** Only bounds the waits for the schedulers' threads; nothing is timed. */
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Inject Scheduler scheduler;
  @Inject JobsConfig config;
  @Inject RegulatorConfig regulator;
  @Inject @All List<RecurringJob> recurring;
  @Inject @All List<OneOffJob> oneOff;
  @Inject TestJobs jobs;
  @Inject OneOffJobs oneOffJobs;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  private final List<Scheduler> otherInstances = new ArrayList<>();

  @AfterEach
  void stopTheOtherInstances() {
    jobs.release();
    otherInstances.forEach(Scheduler::stop);
    otherInstances.clear();
    scheduler.resume();
  }

  @Test
  void theDailyObligationJobWaitsForItsNextSlotAtItsTimeInTheRegulatorsZone() throws Exception {
    Instant next;
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select execution_time from scheduled_tasks"
                    + " where task_name = 'obligations-daily' and task_instance = 'recurring'")) {
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        next = rows.getTimestamp(1).toInstant();
      }
    }
    assertThat(next.atZone(regulator.timeZone()).toLocalTime()).isEqualTo(LocalTime.of(0, 15));
    assertThat(next)
        .isBetween(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(25)));
  }

  @Test
  void twoInstancesFiringTheSameSlotAtOnceRunItOnce() throws Exception {
    Scheduler second = anotherInstance("second-instance", sessionsOf("second-instance"));
    for (int slot = 0; slot < 2; slot++) {
      UUID slotId = jobs.newContestedSlot();
      scheduler.pause();
      second.pause();
      makeDue(TestJobs.CONTESTED);
      try (Connection slotRow = owner.getConnection()) {
        // Holding the slot's row, let both instances find it due and try to take it: both picks
        // wait on the row at the same moment, and only then does the slot go to one of them.
        slotRow.setAutoCommit(false);
        lockSlot(slotRow, TestJobs.CONTESTED);
        scheduler.resume();
        second.resume();
        scheduler.triggerCheckForDueExecutions();
        second.triggerCheckForDueExecutions();
        assertThat(await(() -> instancesWaitingToPick() == 2))
            .as("both instances try to take the slot at once")
            .isTrue();
        slotRow.commit();
      }
      assertThat(await(() -> isScheduledForItsNextSlot(TestJobs.CONTESTED))).isTrue();

      assertThat(auditEvents(slotId, "test.job-ran")).as("the slot's effect").isEqualTo(1);
      List<Run> runs = jobs.runsOf(slotId);
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).instance())
          .isIn("second-instance", JobSchedulerProducer.instanceName(config));
      assertThat(runs.get(0).platformsSeen())
          .as("a job is system work: row-level security shows it every platform")
          .isEqualTo(platformsInTheDatabase())
          .isPositive();
    }
  }

  @Test
  void theEnforcementTriggerSweepFiredByTwoInstancesAtOnceOpensEachCaseOnce() throws Exception {
    String sweep = "enforcement-trigger-sweep";
    TestPlatform platform = TestPlatforms.newPlatform();
    UUID obligation = longOverdueObligation(platform);
    Scheduler second = anotherInstance("sweep-instance", sessionsOf("sweep-instance"));
    for (int slot = 0; slot < 2; slot++) {
      Timestamp before = databaseNow();
      scheduler.pause();
      second.pause();
      makeDue(sweep);
      try (Connection slotRow = owner.getConnection()) {
        slotRow.setAutoCommit(false);
        lockSlot(slotRow, sweep);
        scheduler.resume();
        second.resume();
        scheduler.triggerCheckForDueExecutions();
        second.triggerCheckForDueExecutions();
        assertThat(await(() -> instancesWaitingToPick() == 2))
            .as("both instances try to take the sweep's slot at once")
            .isTrue();
        slotRow.commit();
      }
      assertThat(
              await(
                  () ->
                      count(
                              "select count(*) from scheduled_tasks where task_name = ?"
                                  + " and task_instance = 'recurring' and not picked"
                                  + " and last_success > ?",
                              sweep,
                              before)
                          == 1))
          .as("the slot ran and the sweep waits for its next one")
          .isTrue();
      assertThat(
              count(
                  "select count(distinct case_id) from enforcement_case_ground"
                      + " where obligation_id = ? and kind = 'OVERDUE_OBLIGATION'",
                  obligation))
          .as("one case on the overdue obligation, after slot " + (slot + 1))
          .isEqualTo(1);
    }
  }

  @Test
  void aSlotWhoseInstanceDiedHalfWayIsRunToTheEndByAnother() throws Exception {
    KillableDataSource doomedConnections = new KillableDataSource(sessionsOf("doomed-instance"));
    scheduler.pause();
    Scheduler doomed = anotherInstance("doomed-instance", doomedConnections);
    UUID slot = jobs.newDyingSlot();
    makeDue(TestJobs.DYING);
    doomed.triggerCheckForDueExecutions();
    assertThat(jobs.awaitHalfWay(DEADLINE)).as("the doomed instance runs the slot").isTrue();
    assertThat(jobs.runsOf(slot)).extracting(Run::instance).containsExactly("doomed-instance");

    doomedConnections.kill();
    scheduler.resume();

    assertThat(await(() -> jobs.runsOf(slot).size() == 3)).isTrue();
    String survivor = JobSchedulerProducer.instanceName(config);
    assertThat(jobs.runsOf(slot))
        .extracting(Run::step, Run::instance)
        .containsExactly(
            tuple("begun", "doomed-instance"),
            tuple("begun", survivor),
            tuple("completed", survivor));
    assertThat(await(() -> isScheduledForItsNextSlot(TestJobs.DYING))).isTrue();
    assertThat(auditEvents(slot, "test.job-completed")).isEqualTo(1);
    assertThat(auditEvents(slot, "test.job-begun")).isEqualTo(2);
  }

  @Test
  void aOneOffJobThatFailsIsRetriedAndTakesEffectOnceWithItsPayload() throws Exception {
    UUID slot = UUID.randomUUID();
    String payload = "{\"slot\":\"" + slot + "\",\"failures\":1}";
    scheduler.pause();
    assertThat(oneOffJobs.submit(TestJobs.ONE_OFF, slot.toString(), payload)).isTrue();
    assertThat(oneOffJobs.submit(TestJobs.ONE_OFF, slot.toString(), payload))
        .as("the same submission again, while it waits")
        .isFalse();
    assertThat(storedPayload(slot)).isEqualTo(payload);
    scheduler.resume();
    scheduler.triggerCheckForDueExecutions();

    assertThat(await(() -> storedPayload(slot) == null)).as("done, the row goes").isTrue();
    assertThat(jobs.runsOf(slot)).extracting(Run::step).containsExactly("failed", "ran");
    assertThat(auditEvents(slot, "test.job-ran")).isEqualTo(1);
  }

  @Test
  void aOneOffJobSubmittedInATransactionThatRollsBackIsNeverRun() throws Exception {
    UUID slot = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          assertThat(
                                  oneOffJobs.submit(
                                      TestJobs.ONE_OFF,
                                      slot.toString(),
                                      "{\"slot\":\"" + slot + "\",\"failures\":0}"))
                              .isTrue();
                          throw new IllegalStateException("The request fails after submitting");
                        }))
        .hasMessageContaining("The request fails after submitting");
    assertThat(storedPayload(slot)).isNull();
    assertThatThrownBy(() -> oneOffJobs.submit("no-such-job", slot.toString(), "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Database sessions of their own for another instance, as another process would have: the
   * application's role, without the pool, named {@code instance} in {@code pg_stat_activity}. The
   * jobs' own work still goes through this JVM's services and pool.
   */
  private static javax.sql.DataSource sessionsOf(String instance) {
    Config config = ConfigProvider.getConfig();
    PGSimpleDataSource sessions = new PGSimpleDataSource();
    sessions.setURL(config.getValue("quarkus.datasource.jdbc.url", String.class));
    sessions.setUser(config.getValue("quarkus.datasource.username", String.class));
    sessions.setPassword(config.getValue("quarkus.datasource.password", String.class));
    sessions.setApplicationName(instance);
    return sessions;
  }

  private Scheduler anotherInstance(String name, javax.sql.DataSource dataSource) {
    Scheduler instance =
        JobSchedulerProducer.build(
            dataSource, config, regulator.timeZone(), name, recurring, oneOff);
    otherInstances.add(instance);
    instance.start();
    return instance;
  }

  private void makeDue(String job) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement due =
            connection.prepareStatement(
                "update scheduled_tasks set execution_time = now() - interval '1 second'"
                    + " where task_name = ? and task_instance = 'recurring' and not picked")) {
      due.setString(1, job);
      assertThat(due.executeUpdate()).as("the job's next slot is waiting").isEqualTo(1);
    }
  }

  /** Locks the job's row in the connection's open transaction. */
  private static void lockSlot(Connection connection, String job) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select 1 from scheduled_tasks"
                + " where task_name = ? and task_instance = 'recurring' for update")) {
      lock.setString(1, job);
      try (ResultSet rows = lock.executeQuery()) {
        assertThat(rows.next()).isTrue();
      }
    }
  }

  /**
   * How many instances (by their sessions' application name) have a pick of an execution waiting
   * for a lock: on the held row, or behind another pick queued for it.
   */
  private long instancesWaitingToPick() throws SQLException {
    return count(
        "select count(distinct application_name) from pg_stat_activity"
            + " where wait_event_type = 'Lock' and cardinality(pg_blocking_pids(pid)) > 0"
            + " and query like 'update scheduled_tasks set picked = %'");
  }

  /** An obligation of the platform unfiled long past its due date, arranged beneath the app. */
  private UUID longOverdueObligation(TestPlatform platform) throws SQLException {
    UUID id = UUID.randomUUID();
    LocalDate start = SubmittedReturns.currentQuarter().minusMonths(6);
    try (Connection connection = owner.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into obligation (id, platform_id, template_code, template_version,"
                    + " period_start, period_end, due_date, status, created_at, version)"
                    + " values (?, ?, 'CSAM-Q', 2, ?, ?, ?, 'OVERDUE', now(), 0)")) {
      insert.setObject(1, id);
      insert.setObject(2, platform.id());
      insert.setDate(3, Date.valueOf(start));
      insert.setDate(4, Date.valueOf(start.plusMonths(3).minusDays(1)));
      insert.setDate(5, Date.valueOf(start.plusMonths(3).plusDays(29)));
      insert.executeUpdate();
    }
    return id;
  }

  private Timestamp databaseNow() throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query = connection.prepareStatement("select now()");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getTimestamp(1);
    }
  }

  private boolean isScheduledForItsNextSlot(String job) throws SQLException {
    return count(
            "select count(*) from scheduled_tasks where task_name = ?"
                + " and task_instance = 'recurring' and not picked"
                + " and execution_time > now() + interval '1 year'",
            job)
        == 1;
  }

  private long auditEvents(UUID slot, String action) throws SQLException {
    return count(
        "select count(*) from audit_event where entity_id = ? and action = ? and actor = '"
            + AuditLog.SYSTEM_ACTOR
            + "'",
        slot.toString(),
        action);
  }

  private long platformsInTheDatabase() throws SQLException {
    return count("select count(*) from platform");
  }

  private String storedPayload(UUID slot) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select convert_from(task_data, 'UTF8') from scheduled_tasks"
                    + " where task_name = ? and task_instance = ?")) {
      query.setString(1, TestJobs.ONE_OFF);
      query.setString(2, slot.toString());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static boolean await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.call()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
