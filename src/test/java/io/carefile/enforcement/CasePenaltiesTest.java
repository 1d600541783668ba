package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.count;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.stage;
import static io.carefile.enforcement.EnforcementFixtures.step;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.penalty.PenaltyService;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The penalty a confirmation decision imposes: calculated and stored with the decision or not at
 * all, paid in parts (idempotently, never beyond its balance, even by two payments at once),
 * withdrawn, held by an appeal, marked overdue, and visible only to its platform and the regulator.
 */
@QuarkusTest
class CasePenaltiesTest {

  private static final String PENALTIES = "/api/v1/penalties";
  private static final String PENALTY = PENALTIES + "/{id}";

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;
  @Inject PenaltyService penalties;

  private static TestPlatform platform;
  private static TestPlatform other;

  @BeforeEach
  void platforms() {
    if (platform == null) {
      platform = TestPlatforms.newPlatform();
      other = TestPlatforms.newPlatform();
    }
  }

  /** The worked example of docs/penalties.md, at SERIOUS (10%). */
  private static Map<String, Object> calculated() {
    Map<String, Object> input = new HashMap<>();
    input.put("seriousness", "SERIOUS");
    input.put("relevantRevenue", gbp("50000000.00"));
    input.put("worldwideRevenue", gbp("100000000.00"));
    input.put("worldwideRevenueMonths", 12);
    input.put("aggravatingFactors", List.of("CHILDREN_AFFECTED"));
    input.put("mitigatingFactors", List.of("PROMPT_REMEDIATION"));
    input.put("deterrenceUpliftPercent", 20);
    input.put("settlementDiscountPercent", 10);
    return input;
  }

  private static Map<String, Object> gbp(String amount) {
    return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
  }

  private static Map<String, Object> daily(String perDay, int days) {
    Map<String, Object> input = new HashMap<>();
    input.put("dailyAmount", gbp(perDay));
    input.put("days", days);
    input.put("worldwideRevenue", gbp("100000000.00"));
    input.put("worldwideRevenueMonths", 12);
    input.put("imposedForSameBreach", gbp("0"));
    return input;
  }

  /** A case at PROVISIONAL_NOTICE, confirmed (or refused) the day after its deadline. */
  private ValidatableResponse confirm(String id, Map<String, Object> penalty) {
    LocalDate deadline = today().plusDays(1);
    if (!stage(id).equals("PROVISIONAL_NOTICE")) {
      noticed(id, deadline);
    }
    try {
      clock.set(deadline.plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
      Map<String, Object> body = transition("CONFIRM", version(id));
      body.put("penalty", penalty);
      return step(OFFICER, id, body);
    } finally {
      clock.reset();
    }
  }

  private String penalised(TestPlatform on, Map<String, Object> penalty) {
    String id = opened(on);
    confirm(id, penalty).statusCode(200);
    return read(OFFICER, id).getString("penaltyId");
  }

  private static ValidatableResponse pay(String user, String penaltyId, Object body) {
    return as(user)
        .contentType(ContentType.JSON)
        .body(body)
        .post(PENALTY + "/payments", penaltyId)
        .then();
  }

  private static Map<String, Object> payment(String reference, String amount, LocalDate on) {
    return Map.of("reference", reference, "amount", gbp(amount), "receivedOn", on.toString());
  }

  private static JsonPath penalty(String user, String id) {
    return as(user)
        .get(PENALTY, id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  @Test
  void aConfirmationStoresItsCalculatedPenaltyWithEveryStep() throws SQLException {
    String caseId = opened(platform);
    JsonPath confirmed =
        confirm(caseId, Map.of("calculated", calculated())).statusCode(200).extract().jsonPath();
    String id = confirmed.getString("penaltyId");
    assertThat(id).isNotNull();
    assertThat(count(owner, "select count(*) from audit_event where entity_id = ?", id)).isOne();

    JsonPath p = penalty(platform.officer(), id);
    assertThat(p.getString("caseId")).isEqualTo(caseId);
    assertThat(p.getString("kind")).isEqualTo("CALCULATED");
    assertThat(p.getString("status")).isEqualTo("ISSUED");
    assertThat(p.getString("amount.amount")).isEqualTo("5670000.00");
    assertThat(p.getString("balance.amount")).isEqualTo("5670000.00");
    assertThat(p.getString("dueDate")).isEqualTo(today().plusDays(2 + 28).toString());
    assertThat(p.getList("calculation.steps.name"))
        .containsExactly(
            "BASE_AMOUNT",
            "AGGRAVATING_FACTOR",
            "MITIGATING_FACTOR",
            "ADJUSTED_AMOUNT",
            "DETERRENCE_UPLIFT",
            "SETTLEMENT_DISCOUNT",
            "STATUTORY_CAP",
            "FINAL_AMOUNT");
    assertThat(p.getString("inputs.seriousness")).isEqualTo("SERIOUS");
    assertThat(p.getList("history.toStatus")).containsExactly("ISSUED");
    assertThat(p.getList("allowedSteps")).containsExactly("WITHDRAWN");
  }

  @Test
  void aRefusedPenaltyRefusesTheConfirmationAndStoresNothing() throws SQLException {
    String caseId = opened(platform);
    Map<String, Object> wrong = calculated();
    wrong.put("seriousness", "CATASTROPHIC");
    JsonPath problem =
        refused(confirm(caseId, Map.of("calculated", wrong)), 422, "unknown-seriousness");
    assertThat(problem.getList("errors.field")).containsExactly("penalty.calculated.seriousness");
    Map<String, Object> negative = daily("-5", 3);
    problem =
        refused(confirm(caseId, Map.of("dailyRate", negative)), 422, "penalty-figure-negative");
    assertThat(problem.getList("errors.field"))
        .containsExactly("penalty.dailyRate.dailyAmount.amount");
    refused(
        confirm(caseId, Map.of("calculated", calculated(), "dailyRate", daily("5", 3))),
        400,
        "penalty-input-choice");
    assertThat(stage(caseId)).isEqualTo("PROVISIONAL_NOTICE");
    assertThat(count(owner, "select count(*) from penalty where case_id = ?::uuid", caseId))
        .isZero();

    String open = opened(platform);
    Map<String, Object> investigate = transition("START_INVESTIGATION", version(open));
    investigate.put("penalty", Map.of("dailyRate", daily("5", 3)));
    problem = refused(step(OFFICER, open, investigate), 400, "step-content-not-allowed");
    assertThat(problem.getList("errors.field")).containsExactly("penalty");
  }

  @Test
  void aPreviewCalculatesAndStoresNothing() {
    JsonPath preview =
        as(OFFICER)
            .contentType(ContentType.JSON)
            .body(Map.of("dailyRate", daily("50000", 30)))
            .post("/api/v1/penalty-calculations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    assertThat(preview.getString("amount.amount")).isEqualTo("1500000.00");
    assertThat(preview.getList("steps.name")).contains("DAILY_TOTAL", "FINAL_AMOUNT");
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("dailyRate", daily("50000", 30)))
        .post("/api/v1/penalty-calculations")
        .then()
        .statusCode(403);
  }

  @Test
  void paymentsPayItOffOnceEachAndNeverBeyondTheBalance() throws SQLException {
    String id = penalised(platform, Map.of("dailyRate", daily("1000", 10)));
    LocalDate today = today();
    pay(OFFICER, id, payment("BACS-1", "4000.00", today)).statusCode(201);
    JsonPath p = penalty(OFFICER, id);
    assertThat(p.getString("status")).isEqualTo("PART_PAID");
    assertThat(p.getString("balance.amount")).isEqualTo("6000.00");

    // The same payment again: answered, not recorded twice.
    pay(OFFICER, id, payment("BACS-1", "4000", today)).statusCode(200);
    assertThat(count(owner, "select count(*) from penalty_payment where penalty_id = ?::uuid", id))
        .isOne();
    refused(pay(OFFICER, id, payment("BACS-1", "4001.00", today)), 409, "payment-reference-reused");

    JsonPath over =
        refused(
            pay(OFFICER, id, payment("BACS-2", "6000.01", today)), 409, "payment-exceeds-balance");
    assertThat(over.getString("errors[0].message")).contains("GBP 6000.00");
    refused(pay(OFFICER, id, payment("BACS-2", "-1", today)), 422, "penalty-figure-negative");
    refused(pay(OFFICER, id, payment("BACS-2", "0", today)), 400, "invalid-request");
    refused(pay(OFFICER, id, payment("BACS-2", "1.001", today)), 422, "penalty-figure-too-precise");
    refused(
        pay(OFFICER, id, payment("BACS-2", "1", today.plusDays(1))),
        422,
        "payment-received-in-future");
    refused(
        pay(
            OFFICER,
            id,
            Map.of(
                "reference",
                "X",
                "amount",
                Map.of("amount", "ten", "currency", "GBP"),
                "receivedOn",
                today.toString())),
        400,
        "wrong-type");
    refused(pay(OFFICER, id, payment("x".repeat(65), "1", today)), 400, "invalid-request");
    pay(platform.officer(), id, payment("BACS-2", "1", today)).statusCode(403);

    pay(OFFICER, id, payment("BACS-2", "6000", today)).statusCode(201);
    p = penalty(OFFICER, id);
    assertThat(p.getString("status")).isEqualTo("PAID");
    assertThat(p.getString("balance.amount")).isEqualTo("0.00");
    assertThat(p.getList("payments.reference")).containsExactly("BACS-1", "BACS-2");
    assertThat(p.getList("history.toStatus")).containsExactly("ISSUED", "PART_PAID", "PAID");
    refused(pay(OFFICER, id, payment("BACS-3", "1", today)), 409, "penalty-paid");
    assertThat(count(owner, "select count(*) from audit_event where entity_id = ?", id))
        .isEqualTo(3);
  }

  @Test
  void twoPaymentsAtOnceCannotOverpay() throws Exception {
    String id = penalised(platform, Map.of("dailyRate", daily("100", 1)));
    CountDownLatch start = new CountDownLatch(1);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<CompletableFuture<Integer>> payments = new ArrayList<>();
    for (String reference : List.of("A", "B")) {
      payments.add(
          CompletableFuture.supplyAsync(
              () -> {
                // The test's class loader, so that RestAssured finds the same Jackson.
                Thread.currentThread().setContextClassLoader(loader);
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return pay(OFFICER, id, payment(reference, "60", today())).extract().statusCode();
              }));
    }
    start.countDown();
    List<Integer> statuses = payments.stream().map(CompletableFuture::join).sorted().toList();
    assertThat(statuses).containsExactly(201, 409);
    assertThat(penalty(OFFICER, id).getString("balance.amount")).isEqualTo("40.00");
  }

  @Test
  void anOfficerWithdrawsAnUnpaidPenaltyOnce() {
    String id = penalised(platform, Map.of("dailyRate", daily("100", 2)));
    long version = penalty(OFFICER, id).getLong("version");
    Map<String, Object> withdrawal =
        Map.of("reason", "Settled otherwise", "expectedVersion", version);
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(withdrawal)
        .post(PENALTY + "/withdrawal", id)
        .then()
        .statusCode(403);
    JsonPath withdrawn =
        as(OFFICER)
            .contentType(ContentType.JSON)
            .body(withdrawal)
            .post(PENALTY + "/withdrawal", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    JsonPath again =
        refused(
            as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Again", "expectedVersion", withdrawn.getLong("version")))
                .post(PENALTY + "/withdrawal", id)
                .then(),
            409,
            "penalty-step-not-allowed");
    assertThat(again.getList("allowed")).isNull();
    refused(pay(OFFICER, id, payment("LATE", "1", today())), 409, "penalty-withdrawn");
  }

  @Test
  void anAppealHoldsThePenaltyAndItsOutcomeDecidesIt() {
    String dismissedCase = opened(platform);
    confirm(dismissedCase, Map.of("dailyRate", daily("100", 2))).statusCode(200);
    String dismissed = read(OFFICER, dismissedCase).getString("penaltyId");
    pay(OFFICER, dismissed, payment("P1", "50", today())).statusCode(201);
    lodge(dismissedCase);
    assertThat(penalty(OFFICER, dismissed).getString("status")).isEqualTo("APPEALED");
    decide(dismissedCase, "DISMISSED");
    assertThat(penalty(OFFICER, dismissed).getString("status")).isEqualTo("PART_PAID");

    String upheldCase = opened(platform);
    confirm(upheldCase, Map.of("dailyRate", daily("100", 2))).statusCode(200);
    String upheld = read(OFFICER, upheldCase).getString("penaltyId");
    lodge(upheldCase);
    decide(upheldCase, "UPHELD");
    JsonPath p = penalty(OFFICER, upheld);
    assertThat(p.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(p.getList("history.toStatus")).containsExactly("ISSUED", "APPEALED", "WITHDRAWN");
  }

  @Test
  void theOverdueJobMarksAPenaltyPastItsDueDateOnce() {
    String id = penalised(platform, Map.of("dailyRate", daily("100", 3)));
    LocalDate due = LocalDate.parse(penalty(OFFICER, id).getString("dueDate"));
    try {
      clock.set(due.atTime(23, 0).atZone(LONDON).toInstant());
      SystemWork.call(penalties::markOverdue);
      assertThat(penalty(OFFICER, id).getString("status")).isEqualTo("ISSUED");
      clock.set(due.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
      assertThat(SystemWork.call(penalties::markOverdue)).isPositive();
      SystemWork.call(penalties::markOverdue);
      JsonPath p = penalty(OFFICER, id);
      assertThat(p.getString("status")).isEqualTo("OVERDUE");
      assertThat(p.getList("history.toStatus")).containsExactly("ISSUED", "OVERDUE");
      // Part-paid, an overdue penalty stays overdue; paid in full, it is paid.
      pay(OFFICER, id, payment("O1", "100", due)).statusCode(201);
      assertThat(penalty(OFFICER, id).getString("status")).isEqualTo("OVERDUE");
      pay(OFFICER, id, payment("O2", "200", due)).statusCode(201);
      assertThat(penalty(OFFICER, id).getString("status")).isEqualTo("PAID");
    } finally {
      clock.reset();
    }
  }

  @Test
  void aPlatformSeesOnlyItsOwnPenalties() {
    String mine = penalised(platform, Map.of("dailyRate", daily("10", 1)));
    String theirs = penalised(other, Map.of("dailyRate", daily("10", 1)));
    as(platform.officer()).get(PENALTY, theirs).then().statusCode(404);
    pay(platform.officer(), theirs, payment("Z", "1", today())).statusCode(403);
    List<String> listed =
        as(platform.officer())
            .queryParam("size", 100)
            .get(PENALTIES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(listed).contains(mine).doesNotContain(theirs);
    assertThat(
            as(platform.officer())
                .queryParam("platformId", other.platformId())
                .get(PENALTIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(
            as(OFFICER)
                .queryParam("platformId", other.platformId())
                .get(PENALTIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .contains(theirs)
        .doesNotContain(mine);
    as(OFFICER).queryParam("status", "LOST").get(PENALTIES).then().statusCode(400);
  }

  private static void lodge(String caseId) {
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("grounds", "Too much", "expectedVersion", version(caseId)))
        .post(CASE + "/appeal", caseId)
        .then()
        .statusCode(200);
  }

  private static void decide(String caseId, String outcome) {
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", outcome, "text", "Decided", "expectedVersion", version(caseId)))
        .post(CASE + "/appeal/outcome", caseId)
        .then()
        .statusCode(200);
  }
}
