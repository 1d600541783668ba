package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASES;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.count;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.stepped;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.amendExplained;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.csamQExplained;
import static io.carefile.support.SubmittedReturns.currentQuarter;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The breach rules of a submitted return's template version, and the daily sweep: an obligation
 * unfiled more than the configured days past its due date, and what the events would have opened,
 * each opened once however often (and however concurrently) the sweep runs, and never again once an
 * officer closed it.
 */
@QuarkusTest
class CaseTriggerSweepTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject CaseTriggerSweep sweep;

  /** A CSAM-Q return of a service that did not use hash matching, consistent otherwise. */
  static Map<String, Object> hashMatchingOff() {
    return ReturnSamples.with(
        ReturnSamples.csamQuarter(),
        "hash_matching_enabled",
        false,
        "hash_lists",
        null,
        "items_detected_hash_matching",
        0,
        "hash_matching_coverage_percent",
        null);
  }

  @Test
  void aReturnShowingABreachRuleOpensOneCaseOnItAndOneThatShowsNoneOpensNothing() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = csamQExplained(platform, hashMatchingOff());

    assertThat(breachCases(filing, "CSAMQ-B001")).isEqualTo(1);
    assertThat(breachCases(filing, "CSAMQ-B002")).isZero();
    JsonPath opened = onlyCase(platform, "BREACH_RULE");
    assertThat(opened.getString("openedBy")).isEqualTo("system");
    assertThat(opened.getList("grounds.kind")).containsExactly("BREACH_RULE");
    assertThat(opened.getString("grounds[0].ruleId")).isEqualTo("CSAMQ-B001");
    assertThat(opened.getString("grounds[0].filingId")).isEqualTo(filing);
    assertThat(opened.getInt("grounds[0].versionNumber")).isEqualTo(1);
    assertThat(opened.getString("grounds[0].finding"))
        .startsWith("A Category 1 service did not use hash matching")
        .contains("CSAMQ-B001 of CSAM-Q version 2");

    // An amendment that still shows it opens no second case while the first is open; one that
    // also shows the other rule opens that rule's case.
    amendExplained(
        platform,
        filing,
        Map.of(
            "median_hours_to_removal",
            new BigDecimal("30"),
            "p90_hours_to_removal",
            new BigDecimal("40")));
    assertThat(breachCases(filing, "CSAMQ-B001")).isEqualTo(1);
    assertThat(breachCases(filing, "CSAMQ-B002")).isEqualTo(1);

    TestPlatform compliant = TestPlatforms.newPlatform();
    String clean = csamQExplained(compliant, ReturnSamples.csamQuarter());
    assertThat(
            count(
                owner,
                "select count(*) from enforcement_case_ground where filing_id = ?::uuid"
                    + " and kind = 'BREACH_RULE'",
                clean))
        .isZero();
  }

  @Test
  void theSweepOpensOneCaseOnAnObligationUnfiledPastTheDaysAndNoneOnAWaivedOrFulfilledOne()
      throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate quarter = currentQuarter();
    // Periods long past, so that each is overdue by far more than 14 days whatever today is.
    UUID overdue = obligation(platform, quarter.minusMonths(6), "OVERDUE");
    UUID waived = obligation(platform, quarter.minusMonths(9), "WAIVED");
    UUID fulfilled = obligation(platform, quarter.minusMonths(12), "FULFILLED");

    runSweep();
    runSweep();

    assertThat(casesOnObligation(overdue)).isEqualTo(1);
    assertThat(casesOnObligation(waived)).isZero();
    assertThat(casesOnObligation(fulfilled)).isZero();
    JsonPath opened = onlyCase(platform, "OVERDUE_OBLIGATION");
    assertThat(opened.getString("openedBy")).isEqualTo("system");
    assertThat(opened.getString("grounds[0].obligationId")).isEqualTo(overdue.toString());
    assertThat(opened.getString("grounds[0].finding")).contains("more than 14 days after its due");
    // The platform's current quarter is not yet due: no case.
    assertThat(
            count(
                owner,
                "select count(*) from enforcement_case where platform_id = ?::uuid",
                platform.platformId()))
        .isEqualTo(1);

    // Once an officer closes it, the sweep does not open it again.
    String id = opened.getString("id");
    stepped(id, transition("CLOSE_NO_ACTION", version(id)));
    runSweep();
    assertThat(casesOnObligation(overdue)).isEqualTo(1);
  }

  @Test
  void twoSweepsAtOnceOpenEachMissingCaseOnceAndNoneTheEventsOpened() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    UUID overdue = obligation(platform, currentQuarter().minusMonths(6), "OVERDUE");
    // A RED return that shows the median-time breach: its event opened both cases.
    String red = csamQExplained(platform, CaseTriggersTest.redValues());
    assertThat(breachCases(red, "CSAMQ-B002")).isEqualTo(1);
    long before = casesOf(platform);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Void>> runs =
          List.of(
              CompletableFuture.runAsync(() -> sweepAfter(together), pool),
              CompletableFuture.runAsync(() -> sweepAfter(together), pool));
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
    }

    assertThat(casesOnObligation(overdue)).isEqualTo(1);
    assertThat(casesOf(platform)).isEqualTo(before + 1);
    assertThat(
            count(
                owner,
                "select count(distinct case_id) from enforcement_case_ground"
                    + " where filing_id = ?::uuid and kind = 'RED_SCORE'",
                red))
        .isEqualTo(1);
    assertThat(breachCases(red, "CSAMQ-B002")).isEqualTo(1);
  }

  @Test
  void theSweepOpensTheBreachCaseOfAServiceThatBecameCategoryOneAfterFiling() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    setCategory(platform, "CORE");
    String filing = csamQExplained(platform, hashMatchingOff());
    assertThat(breachCases(filing, "CSAMQ-B001")).as("not a rule for CORE").isZero();

    setCategory(platform, "CATEGORY_1");
    runSweep();
    runSweep();
    assertThat(breachCases(filing, "CSAMQ-B001")).isEqualTo(1);
    assertThat(onlyCase(platform, "BREACH_RULE").getString("openingReason"))
        .contains("daily trigger sweep");
  }

  /** One run of the sweep as its job runs it: system work, in a request context of its own. */
  private void runSweep() {
    ManagedContext context = Arc.container().requestContext();
    boolean activated = !context.isActive();
    if (activated) {
      context.activate();
    }
    try {
      SystemWork.run(sweep::run);
    } finally {
      if (activated) {
        context.terminate();
      }
    }
  }

  private void sweepAfter(CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    runSweep();
  }

  /** An obligation of the platform, arranged beneath row-level security as Flyway would. */
  private UUID obligation(TestPlatform platform, LocalDate periodStart, String status)
      throws SQLException {
    UUID id = UUID.randomUUID();
    LocalDate periodEnd = periodStart.plusMonths(3).minusDays(1);
    try (Connection connection = owner.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into obligation (id, platform_id, template_code, template_version,"
                    + " period_start, period_end, due_date, status, waiver_reason, created_at,"
                    + " version) values (?, ?, 'CSAM-Q', 2, ?, ?, ?, ?, ?, now(), 0)")) {
      insert.setObject(1, id);
      insert.setObject(2, platform.id());
      insert.setDate(3, Date.valueOf(periodStart));
      insert.setDate(4, Date.valueOf(periodEnd));
      insert.setDate(5, Date.valueOf(periodEnd.plusDays(30)));
      insert.setString(6, status);
      insert.setString(7, status.equals("WAIVED") ? "Exempted for the test" : null);
      insert.executeUpdate();
    }
    return id;
  }

  /** The platform's derived category, set beneath the application as a re-derivation would. */
  private void setCategory(TestPlatform platform, String category) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update platform set category = ? where id = ?")) {
      update.setString(1, category);
      update.setObject(2, platform.id());
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private long casesOf(TestPlatform platform) throws SQLException {
    return count(
        owner,
        "select count(*) from enforcement_case where platform_id = ?::uuid",
        platform.platformId());
  }

  private long casesOnObligation(UUID obligation) throws SQLException {
    return count(
        owner,
        "select count(distinct case_id) from enforcement_case_ground where obligation_id = ?::uuid"
            + " and kind = 'OVERDUE_OBLIGATION'",
        obligation.toString());
  }

  private long breachCases(String filing, String ruleId) throws SQLException {
    return count(
        owner,
        "select count(distinct case_id) from enforcement_case_ground where filing_id = ?::uuid"
            + " and kind = 'BREACH_RULE' and rule_id = '"
            + ruleId
            + "'",
        filing);
  }

  private static JsonPath onlyCase(TestPlatform platform, String trigger) {
    List<String> ids =
        as(OFFICER)
            .queryParam("platformId", platform.platformId())
            .queryParam("trigger", trigger)
            .get(CASES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(ids).hasSize(1);
    return read(OFFICER, ids.getFirst());
  }
}
