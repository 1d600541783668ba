package io.carefile.penalty;

import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import io.carefile.common.jobs.SchedulerInstances;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The penalty-points job against real returns: late original submissions (filed on a test clock
 * long after their quarters were due) accrue points, amendments none; the submission that reaches
 * the quarterly threshold (4) and each further one make one fixed penalty due, announced once by
 * {@link FixedLateFilingPenaltyDue}; points expire; a rerun, and two runs at once, record nothing
 * more, and so do two scheduler instances firing the daily slot at once.
 */
@QuarkusTest
class PenaltyPointsJobTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  /** Quarters long due by the day of the submissions (each due 30 days after it ends). */
  private static final List<LocalDate> QUARTERS =
      List.of(
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 4, 1),
          LocalDate.of(2025, 7, 1),
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2026, 1, 1));

  private static final String QUARTERLY = "standings.find { it.periodType == 'QUARTERLY' }";

  private static final LocalDate FIRST_LATE_DAY = LocalDate.of(2026, 7, 1);

  @Inject TestClock clock;
  @Inject LateFilingPoints points;
  @Inject ObservedPenaltiesDue penaltiesDue;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject Scheduler scheduler;
  @Inject SchedulerInstances instances;

  @AfterEach
  void resetClockAndInstances() {
    clock.reset();
    instances.stopAll();
    scheduler.resume();
  }

  @Test
  void twoSchedulerInstancesFiringTheDailySlotAtOnceDecideEachReturnOnce() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    for (int i = 0; i < 4; i++) {
      lateReturn(platform, QUARTERS.get(i), FIRST_LATE_DAY.plusDays(i));
    }
    clock.reset();
    Scheduler second = instances.startAnother("second-points-instance");
    scheduler.pause();
    second.pause();
    makeTheDailySlotDue();
    try (Connection slotRow = owner.getConnection()) {
      // Holding the slot's row, let both instances find it due and try to take it at once.
      slotRow.setAutoCommit(false);
      try (PreparedStatement lock =
          slotRow.prepareStatement(
              "select 1 from scheduled_tasks where task_name = ? and task_instance = 'recurring'"
                  + " for update")) {
        lock.setString(1, PenaltyPointsJob.NAME);
        lock.execute();
      }
      scheduler.resume();
      second.resume();
      scheduler.triggerCheckForDueExecutions();
      second.triggerCheckForDueExecutions();
      assertThat(await(() -> instancesWaitingToPick() == 2)).as("both try to take it").isTrue();
      slotRow.commit();
    }
    assertThat(await(this::theDailySlotIsDoneAndNextIsWaiting)).isTrue();

    assertThat(decisions(platform)).isEqualTo(4);
    assertThat(penaltyKeys(platform)).hasSize(1);
    assertThat(penaltiesDue.of(platform.id())).hasSize(1);
    assertThat(issuedPenaltyKeys(platform)).isEqualTo(penaltyKeys(platform));
  }

  private void makeTheDailySlotDue() throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement due =
            connection.prepareStatement(
                "update scheduled_tasks set execution_time = now() - interval '1 second'"
                    + " where task_name = ? and task_instance = 'recurring' and not picked")) {
      due.setString(1, PenaltyPointsJob.NAME);
      assertThat(due.executeUpdate()).as("the job's next slot is waiting").isEqualTo(1);
    }
  }

  private boolean theDailySlotIsDoneAndNextIsWaiting() throws SQLException {
    return count(
            "select count(*) from scheduled_tasks where task_name = ?"
                + " and task_instance = 'recurring' and not picked and execution_time > now()"
                + " and last_success is not null",
            PenaltyPointsJob.NAME)
        == 1;
  }

  private long instancesWaitingToPick() throws SQLException {
    return count(
        "select count(distinct application_name) from pg_stat_activity"
            + " where wait_event_type = 'Lock' and cardinality(pg_blocking_pids(pid)) > 0"
            + " and query like 'update scheduled_tasks set picked = %'");
  }

  @Test
  void lateOriginalsAccruePointsUntilTheThresholdIssuesOneFixedPenaltyEachAndRerunsChangeNothing()
      throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    List<String> filings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      filings.add(lateReturn(platform, QUARTERS.get(i), FIRST_LATE_DAY.plusDays(i)));
    }
    // An amendment of a late return is not itself late, and earns nothing.
    clock.set(at(FIRST_LATE_DAY.plusDays(3)));
    SubmittedReturns.amend(platform, filings.get(0), Map.of("accounts_terminated", 7));

    runTheJob();
    assertThat(decisions(platform)).isEqualTo(3);
    JsonPath read = pointsRead(platform.officer(), null);
    assertThat(read.getList("decisions.items.pointsAfter")).containsExactly(3, 2, 1);
    assertThat(read.getList("decisions.items.accessionNumber", String.class))
        .allMatch(number -> number.endsWith("-01"));
    assertThat(read.getInt(QUARTERLY + ".points")).isEqualTo(3);
    assertThat(read.getBoolean(QUARTERLY + ".atThreshold")).isFalse();
    assertThat(read.getString(QUARTERLY + ".standing[0].expiresOn"))
        .isEqualTo(FIRST_LATE_DAY.plusMonths(24).toString());
    assertThat(penaltiesDue.of(platform.id())).isEmpty();

    // The fourth reaches the threshold: one fixed penalty.
    lateReturn(platform, QUARTERS.get(3), FIRST_LATE_DAY.plusDays(4));
    runTheJob();
    runTheJob();
    assertThat(decisions(platform)).isEqualTo(4);
    assertThat(penaltiesDue.of(platform.id())).hasSize(1);
    FixedLateFilingPenaltyDue reached = penaltiesDue.of(platform.id()).get(0);
    assertThat(reached.amount()).isEqualTo(Money.gbp("10000"));
    assertThat(reached.key()).startsWith("late-filing-points/" + platform.id() + "/QUARTERLY/");
    assertThat(penaltyKeys(platform)).containsExactly(reached.key());
    assertThat(issuedPenaltyKeys(platform)).containsExactly(reached.key());
    JsonPath issued = penaltiesOf(platform);
    assertThat(issued.getList("items")).hasSize(1);
    assertThat(issued.getString("items[0].kind")).isEqualTo("FIXED_LATE_FILING");
    assertThat(issued.getString("items[0].status")).isEqualTo("ISSUED");
    assertThat(issued.getString("items[0].caseId")).isNull();
    assertThat(issued.getDouble("items[0].amount.amount")).isEqualTo(10000.0);
    assertThat(issued.getString("items[0].amount.currency")).isEqualTo("GBP");
    JsonPath penalty =
        as(platform.officer())
            .get("/api/v1/penalties/" + issued.getString("items[0].id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(penalty.getString("calculation.steps[0].explanation"))
        .isEqualTo(reached.explanation());
    read = pointsRead(platform.officer(), null);
    assertThat(read.getBoolean("decisions.items[0].fixedPenaltyDue")).isTrue();
    assertThat(read.getString("decisions.items[0].fixedPenaltyKey")).isEqualTo(reached.key());
    assertThat(read.getString("decisions.items[0].id")).isEqualTo(reached.decisionId().toString());
    assertThat(read.getBoolean(QUARTERLY + ".atThreshold")).isTrue();
    assertThat(read.getString(QUARTERLY + ".resetOn"))
        .isEqualTo(FIRST_LATE_DAY.plusDays(4).plusMonths(12).toString());

    // A fifth while at the threshold: another fixed penalty, no point; two runs at once record it
    // once, both waiting for the platform's lock together.
    lateReturn(platform, QUARTERS.get(4), FIRST_LATE_DAY.plusDays(5));
    runTwiceAtOnce(platform);
    assertThat(decisions(platform)).isEqualTo(5);
    assertThat(penaltiesDue.of(platform.id())).hasSize(2);
    assertThat(penaltyKeys(platform)).hasSize(2).doesNotHaveDuplicates();
    assertThat(issuedPenaltyKeys(platform)).isEqualTo(penaltyKeys(platform));
    assertThat(penaltiesOf(platform).getList("items")).hasSize(2);
    read = pointsRead(platform.officer(), null);
    assertThat(read.getBoolean("decisions.items[0].pointAwarded")).isFalse();
    assertThat(read.getInt("decisions.items[0].pointsAfter")).isEqualTo(4);
    assertThat(read.getBoolean("decisions.items[0].fixedPenaltyDue")).isTrue();
  }

  @Test
  void aPointNoLongerStandsOnItsExpiryDay() {
    TestPlatform platform = TestPlatforms.newPlatform();
    lateReturn(platform, QUARTERS.get(0), FIRST_LATE_DAY);
    runTheJob();
    LocalDate expiry = FIRST_LATE_DAY.plusMonths(24);

    clock.set(at(expiry.minusDays(1)));
    JsonPath before = pointsRead(platform.officer(), null);
    assertThat(before.getInt(QUARTERLY + ".points")).isEqualTo(1);
    assertThat(before.getString(QUARTERLY + ".standing[0].expiresOn")).isEqualTo(expiry.toString());

    clock.set(at(expiry));
    JsonPath on = pointsRead(platform.officer(), null);
    assertThat(on.getInt(QUARTERLY + ".points")).isZero();
    assertThat(on.getInt("decisions.totalItems")).as("the decision stays").isEqualTo(1);
  }

  @Test
  void aPlatformReadsOnlyItsOwnPointsAndARegulatorNamesThePlatform() {
    TestPlatform late = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    lateReturn(late, QUARTERS.get(0), FIRST_LATE_DAY);
    runTheJob();

    as(other.officer())
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(200)
        .body("platformId", equalTo(other.platformId()))
        .body("decisions.items", hasSize(0))
        .body("standings.find { it.periodType == 'QUARTERLY' }.points", equalTo(0));
    as(other.officer())
        .queryParam("platformId", late.platformId())
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));

    as("regulator-analyst")
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:penalty-points-platform-required"))
        .body("errors[0].field", equalTo("platformId"));
    as("regulator-analyst")
        .queryParam("platformId", late.platformId())
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(200)
        .body("decisions.items", hasSize(1))
        .body("decisions.items[0].fixedPenaltyKey", nullValue())
        .body("standings.find { it.periodType == 'QUARTERLY' }.points", equalTo(1));
    as("regulator-analyst")
        .queryParam("platformId", "00000000-0000-0000-0000-000000000001")
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(404);
    as("regulator-analyst")
        .queryParam("platformId", "not-a-uuid")
        .get("/api/v1/penalty-points")
        .then()
        .statusCode(400);
  }

  /** The platform's return for the quarter, filed (its first version) on that day at noon. */
  private String lateReturn(TestPlatform platform, LocalDate quarter, LocalDate day) {
    clock.set(at(day));
    return SubmittedReturns.csamQ(platform, quarter, ReturnSamples.csamQuarter());
  }

  private static Instant at(LocalDate day) {
    return day.atTime(12, 0).atZone(LONDON).toInstant();
  }

  private void runTheJob() {
    SystemWork.run(points::decideLateReturns);
  }

  /**
   * Two runs of the job at once: the test holds the platform's lock until both runs wait for it,
   * then lets go.
   */
  private void runTwiceAtOnce(TestPlatform platform) throws Exception {
    ExecutorService runs = Executors.newFixedThreadPool(2);
    try (Connection holder = owner.getConnection()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock =
          holder.prepareStatement(
              "select pg_advisory_xact_lock(hashtextextended(? || '/penalty-points', 0))")) {
        lock.setString(1, platform.platformId());
        lock.execute();
      }
      List<Future<?>> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        both.add(runs.submit(this::runTheJob));
      }
      assertThat(await(() -> runsWaitingForALock() >= 2)).as("both runs wait").isTrue();
      holder.commit();
      for (Future<?> run : both) {
        run.get();
      }
    } finally {
      runs.shutdown();
    }
  }

  private long runsWaitingForALock() throws SQLException {
    return count("select count(*) from pg_locks where locktype = 'advisory' and not granted");
  }

  private long decisions(TestPlatform platform) throws SQLException {
    return count(
        "select count(*) from late_filing_decision where platform_id = cast(? as uuid)",
        platform.platformId());
  }

  private List<String> penaltyKeys(TestPlatform platform) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select fixed_penalty_key from late_filing_decision"
                    + " where platform_id = cast(? as uuid) and fixed_penalty_due"
                    + " order by submitted_at")) {
      query.setString(1, platform.platformId());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
    }
    return keys;
  }

  /** The penalties issued to the platform, by the key of the threshold crossing each answers. */
  private List<String> issuedPenaltyKeys(TestPlatform platform) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select source_key from penalty where platform_id = cast(? as uuid)"
                    + " and kind = 'FIXED_LATE_FILING' order by issued_at")) {
      query.setString(1, platform.platformId());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
    }
    return keys;
  }

  private static JsonPath penaltiesOf(TestPlatform platform) {
    return as(platform.officer())
        .get("/api/v1/penalties")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath pointsRead(String username, String platformId) {
    var request = as(username);
    if (platformId != null) {
      request = request.queryParam("platformId", platformId);
    }
    return request.get("/api/v1/penalty-points").then().statusCode(200).extract().jsonPath();
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
      Thread.sleep(50);
    }
    return false;
  }
}
