package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.CASES;
import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.auditEvents;
import static io.carefile.enforcement.EnforcementFixtures.casesOf;
import static io.carefile.enforcement.EnforcementFixtures.confirmed;
import static io.carefile.enforcement.EnforcementFixtures.investigated;
import static io.carefile.enforcement.EnforcementFixtures.notice;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.officerGround;
import static io.carefile.enforcement.EnforcementFixtures.open;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.opening;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.requirement;
import static io.carefile.enforcement.EnforcementFixtures.rows;
import static io.carefile.enforcement.EnforcementFixtures.step;
import static io.carefile.enforcement.EnforcementFixtures.stepped;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case through the API: opening with its grounds, every stage against every step (the legal ones
 * move it and are kept in its history and the audit log, the others are refused naming the stages
 * allowed and change nothing), what each step must carry, the representations deadline before a
 * confirmation, and who may change cases.
 */
@QuarkusTest
class CaseWorkflowTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;

  private static TestPlatform platform;

  @BeforeEach
  void arrange() {
    if (platform == null) {
      platform = TestPlatforms.newPlatform();
    }
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anOfficerOpensACaseOnItsGroundsWithAReferenceAHistoryEntryAndAnAuditEvent()
      throws Exception {
    List<Map<String, Object>> grounds =
        List.of(
            officerGround("Hash matching has been off since March"),
            Map.of("kind", "BREACH_RULE", "ruleId", "CAT1-HASH-" + UUID.randomUUID()));

    JsonPath opened =
        open(OFFICER, opening(platform, grounds))
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.containsString(CASES + "/"))
            .extract()
            .jsonPath();
    String id = opened.getString("id");

    assertThat(opened.getString("reference")).matches("ENF-" + today().getYear() + "-\\d{6,}");
    assertThat(opened.getString("platformId")).isEqualTo(platform.platformId());
    assertThat(opened.getString("platformName")).startsWith("Test ");
    assertThat(opened.getString("stage")).isEqualTo("OPEN");
    assertThat(opened.getList("allowedSteps"))
        .containsExactly("START_INVESTIGATION", "CLOSE_NO_ACTION");
    assertThat(opened.getString("trigger")).isEqualTo("OFFICER");
    assertThat(opened.getString("openedBy")).isEqualTo(OFFICER);
    assertThat(opened.getString("openingReason")).isEqualTo("Opened for a test");
    assertThat(opened.getList("grounds.kind")).containsExactly("OFFICER_DECISION", "BREACH_RULE");
    assertThat(opened.getString("grounds[0].finding"))
        .isEqualTo("Hash matching has been off since March");
    assertThat(opened.getBoolean("representationsOpen")).isFalse();
    assertThat(auditEvents(owner, id)).isEqualTo(1);

    JsonPath history =
        as(OFFICER).get(CASE + "/history", id).then().statusCode(200).extract().jsonPath();
    assertThat(history.getList("items.action")).containsExactly("OPENED");
    assertThat(history.getString("items[0].actor")).isEqualTo(OFFICER);
    assertThat(history.getString("items[0].fromStage")).isNull();
    assertThat(history.getString("items[0].toStage")).isEqualTo("OPEN");
    assertThat(history.getString("items[0].reason")).isEqualTo("Opened for a test");

    // Other regulators and the platform read it; the list finds it by its filters.
    for (String reader : List.of("regulator-analyst", "regulator-admin", platform.officer())) {
      assertThat(read(reader, id).getString("reference")).isEqualTo(opened.getString("reference"));
    }
    assertThat(
            as(OFFICER)
                .queryParam("platformId", platform.platformId())
                .queryParam("stage", "OPEN")
                .queryParam("trigger", "OFFICER")
                .get(CASES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .contains(id);
    assertThat(
            as(OFFICER)
                .queryParam("platformId", platform.platformId())
                .queryParam("stage", "INVESTIGATION")
                .get(CASES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .doesNotContain(id);
    refused(as(OFFICER).queryParam("stage", "SHUT").get(CASES).then(), 400, "invalid-request");
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "OPEN, START_INVESTIGATION, INVESTIGATION",
    "OPEN, ISSUE_PROVISIONAL_NOTICE, -",
    "OPEN, CONFIRM, -",
    "OPEN, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "INVESTIGATION, START_INVESTIGATION, -",
    "INVESTIGATION, ISSUE_PROVISIONAL_NOTICE, PROVISIONAL_NOTICE",
    "INVESTIGATION, CONFIRM, -",
    "INVESTIGATION, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "PROVISIONAL_NOTICE, START_INVESTIGATION, -",
    "PROVISIONAL_NOTICE, ISSUE_PROVISIONAL_NOTICE, -",
    "PROVISIONAL_NOTICE, CONFIRM, CONFIRMATION_DECISION",
    "PROVISIONAL_NOTICE, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "CONFIRMATION_DECISION, START_INVESTIGATION, -",
    "CONFIRMATION_DECISION, ISSUE_PROVISIONAL_NOTICE, -",
    "CONFIRMATION_DECISION, CONFIRM, -",
    "CONFIRMATION_DECISION, CLOSE_NO_ACTION, -",
    "CLOSED_NO_ACTION, START_INVESTIGATION, -",
    "CLOSED_NO_ACTION, ISSUE_PROVISIONAL_NOTICE, -",
    "CLOSED_NO_ACTION, CONFIRM, -",
    "CLOSED_NO_ACTION, CLOSE_NO_ACTION, -",
  })
  void everyStepFromEveryStageOverHttp(CaseStage from, CaseStep step, String to) throws Exception {
    String id = caseAt(from);
    long version = version(id);
    long audited = auditEvents(owner, id);
    long entries = rows(owner, "enforcement_case_event", id);
    Map<String, Object> body =
        step == CaseStep.ISSUE_PROVISIONAL_NOTICE
            ? notice(version, today().plusDays(14))
            : transition(step.name(), version);
    if (step == CaseStep.CONFIRM && from == CaseStage.PROVISIONAL_NOTICE) {
      LocalDate deadline = LocalDate.parse(read(OFFICER, id).getString("representationsDeadline"));
      clock.set(deadline.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
    }

    if (to.equals("-")) {
      JsonPath problem = refused(step(OFFICER, id, body), 409, "case-step-not-allowed");
      List<String> allowed = CaseLifecycle.nextStages(from).stream().map(Enum::name).toList();
      if (allowed.isEmpty()) {
        assertThat(problem.getList("allowed")).isNull();
      } else {
        assertThat(problem.getList("allowed", String.class)).containsExactlyElementsOf(allowed);
      }
      assertThat(version(id)).isEqualTo(version);
      assertThat(stage(id)).isEqualTo(from.name());
      assertThat(auditEvents(owner, id)).isEqualTo(audited);
      assertThat(rows(owner, "enforcement_case_event", id)).isEqualTo(entries);
      return;
    }
    JsonPath after = step(OFFICER, id, body).statusCode(200).extract().jsonPath();
    assertThat(after.getString("stage")).isEqualTo(to);
    assertThat(after.getLong("version")).isEqualTo(version + 1);
    assertThat(after.getString("closedAt"))
        .as("closed")
        .matches(value -> (value != null) == !CaseLifecycle.isOpen(CaseStage.valueOf(to)));
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 1);
    JsonPath history =
        as(OFFICER).get(CASE + "/history", id).then().statusCode(200).extract().jsonPath();
    int last = history.getList("items").size() - 1;
    assertThat(history.getString("items[" + last + "].action"))
        .isEqualTo(CaseAction.of(step).name());
    assertThat(history.getString("items[" + last + "].fromStage")).isEqualTo(from.name());
    assertThat(history.getString("items[" + last + "].toStage")).isEqualTo(to);
    assertThat(history.getString("items[" + last + "].actor")).isEqualTo(OFFICER);
    assertThat(history.getString("items[" + last + "].reason"))
        .isEqualTo("Because of the test's " + step);
    assertThat(history.getString("items[" + last + "].occurredAt")).isNotNull();
  }

  @Test
  void aProvisionalNoticeCarriesItsTextAndADeadlineAfterToday() throws Exception {
    String id = opened(platform);
    investigated(id);
    long version = version(id);
    long audited = auditEvents(owner, id);

    Map<String, Object> noDeadline = notice(version, today().plusDays(3));
    noDeadline.remove("representationsDeadline");
    assertThat(
            refused(step(OFFICER, id, noDeadline), 400, "representations-deadline-required")
                .getString("errors[0].field"))
        .isEqualTo("representationsDeadline");
    for (LocalDate notFuture : List.of(today(), today().minusDays(1))) {
      assertThat(
              refused(
                      step(OFFICER, id, notice(version, notFuture)),
                      422,
                      "representations-deadline-not-future")
                  .getString("errors[0].field"))
          .isEqualTo("representationsDeadline");
    }
    Map<String, Object> noText = notice(version, today().plusDays(3));
    noText.remove("noticeText");
    refused(step(OFFICER, id, noText), 400, "notice-text-required");
    Map<String, Object> withRequirements = notice(version, today().plusDays(3));
    withRequirements.put("requirements", List.of(requirement("Switch it on", today().plusDays(9))));
    assertThat(
            refused(step(OFFICER, id, withRequirements), 400, "step-content-not-allowed")
                .getString("errors[0].field"))
        .isEqualTo("requirements");
    assertThat(version(id)).isEqualTo(version);
    assertThat(auditEvents(owner, id)).isEqualTo(audited);

    LocalDate deadline = today().plusDays(3);
    JsonPath noticed =
        step(OFFICER, id, notice(version, deadline)).statusCode(200).extract().jsonPath();
    assertThat(noticed.getString("stage")).isEqualTo("PROVISIONAL_NOTICE");
    assertThat(noticed.getString("representationsDeadline")).isEqualTo(deadline.toString());
    assertThat(noticed.getString("noticeText")).startsWith("We provisionally find");
    assertThat(noticed.getString("noticeIssuedAt")).isNotNull();
    assertThat(noticed.getBoolean("representationsOpen")).isTrue();
    // The platform sees its notice and its deadline.
    JsonPath seen = read(platform.officer(), id);
    assertThat(seen.getString("representationsDeadline")).isEqualTo(deadline.toString());
    assertThat(seen.getString("noticeText")).isEqualTo(noticed.getString("noticeText"));
  }

  @Test
  void onlyStepsThatTakeThemCarryADeadlineANoticeOrRequirements() {
    String id = opened(platform);
    long version = version(id);
    Map<String, Object> withDeadline = transition("START_INVESTIGATION", version);
    withDeadline.put("representationsDeadline", today().plusDays(3).toString());
    assertThat(
            refused(step(OFFICER, id, withDeadline), 400, "step-content-not-allowed")
                .getString("errors[0].field"))
        .isEqualTo("representationsDeadline");
    Map<String, Object> withNotice = transition("CLOSE_NO_ACTION", version);
    withNotice.put("noticeText", "Nothing to see");
    assertThat(
            refused(step(OFFICER, id, withNotice), 400, "step-content-not-allowed")
                .getString("errors[0].field"))
        .isEqualTo("noticeText");
    Map<String, Object> noReason = transition("START_INVESTIGATION", version);
    noReason.remove("reason");
    assertThat(
            refused(step(OFFICER, id, noReason), 400, "invalid-request")
                .getString("errors[0].field"))
        .isEqualTo("reason");
    Map<String, Object> unknownStep = transition("ESCALATE", version);
    refused(step(OFFICER, id, unknownStep), 400, "malformed-body");
    refused(
        step(OFFICER, id, transition("START_INVESTIGATION", version + 1)), 409, "stale-version");
    assertThat(version(id)).isEqualTo(version);
    assertThat(stage(id)).isEqualTo("OPEN");
  }

  @Test
  void aCaseIsConfirmedOnlyOnceItsRepresentationsDeadlineHasPassed() throws Exception {
    String id = opened(platform);
    LocalDate deadline = today().plusDays(2);
    noticed(id, deadline);
    long version = version(id);

    refused(step(OFFICER, id, transition("CONFIRM", version)), 409, "confirmation-before-deadline");
    // Late on the deadline's day in London the platform may still make representations.
    clock.set(deadline.atTime(23, 30).atZone(LONDON).toInstant());
    refused(step(OFFICER, id, transition("CONFIRM", version)), 409, "confirmation-before-deadline");
    assertThat(version(id)).isEqualTo(version);

    clock.set(deadline.plusDays(1).atTime(0, 10).atZone(LONDON).toInstant());
    Map<String, Object> dueToday = transition("CONFIRM", version);
    dueToday.put(
        "requirements",
        List.of(
            requirement("Publish a fix", deadline.plusDays(30)),
            requirement("Report on it", deadline.plusDays(1))));
    assertThat(
            refused(step(OFFICER, id, dueToday), 422, "requirement-due-date-not-future")
                .getString("errors[0].field"))
        .isEqualTo("requirements[1].dueDate");

    Map<String, Object> confirm = transition("CONFIRM", version);
    confirm.put(
        "requirements",
        List.of(
            requirement("Switch hash matching on", deadline.plusDays(30)),
            requirement("Report monthly on removals", deadline.plusDays(60))));
    JsonPath confirmed = step(OFFICER, id, confirm).statusCode(200).extract().jsonPath();
    assertThat(confirmed.getString("stage")).isEqualTo("CONFIRMATION_DECISION");
    assertThat(confirmed.getList("requirements.text"))
        .containsExactly("Switch hash matching on", "Report monthly on removals");
    assertThat(confirmed.getList("requirements.status")).containsExactly("OPEN", "OPEN");
    assertThat(confirmed.getList("allowedSteps")).isEmpty();
    assertThat(rows(owner, "enforcement_requirement", id)).isEqualTo(2);
  }

  @Test
  void aGroundOfAnOpenCaseOpensNoSecondCaseUntilTheCaseCloses() throws Exception {
    Map<String, Object> breach =
        Map.of("kind", "BREACH_RULE", "ruleId", "CAT1-HASH-" + UUID.randomUUID());
    String first =
        open(OFFICER, opening(platform, List.of(breach))).statusCode(201).extract().path("id");
    long cases = casesOf(owner, platform);

    JsonPath problem =
        refused(
            open(OFFICER, opening(platform, List.of(officerGround("Again"), breach))),
            409,
            "case-ground-already-open");
    assertThat(problem.getString("errors[0].field")).isEqualTo("grounds[1]");
    assertThat(problem.getString("detail")).contains(read(OFFICER, first).getString("reference"));
    assertThat(casesOf(owner, platform)).isEqualTo(cases);

    stepped(first, transition("CLOSE_NO_ACTION", version(first)));
    open(OFFICER, opening(platform, List.of(breach))).statusCode(201);
    assertThat(casesOf(owner, platform)).isEqualTo(cases + 1);
  }

  @Test
  void openingRefusesGroundsThatAreMissingIncompleteRepeatedOrAnotherPlatformsAndOpensNothing()
      throws Exception {
    TestPlatform other = TestPlatforms.newPlatform();
    String othersFiling = SubmittedReturns.csamQ(other);
    String ownFiling = SubmittedReturns.csamQ(platform);
    String othersObligation = other.obligation("CSAM-Q", SubmittedReturns.currentQuarter());
    long cases = casesOf(owner, platform);

    Map<String, Object> noGrounds = new HashMap<>(opening(platform, List.of()));
    refused(open(OFFICER, noGrounds), 400, "case-grounds-required");
    noGrounds.remove("grounds");
    assertThat(
            refused(open(OFFICER, noGrounds), 400, "case-grounds-required")
                .getString("errors[0].field"))
        .isEqualTo("grounds");
    assertThat(
            refused(
                    open(OFFICER, opening(platform, List.of(Map.of("kind", "RED_SCORE")))),
                    400,
                    "case-ground-incomplete")
                .getString("errors[0].field"))
        .isEqualTo("grounds[0].filingId");
    assertThat(
            refused(
                    open(
                        OFFICER,
                        opening(
                            platform,
                            List.of(officerGround("One"), Map.of("kind", "OVERDUE_OBLIGATION")))),
                    400,
                    "case-ground-incomplete")
                .getString("errors[0].field"))
        .isEqualTo("grounds[1].obligationId");
    Map<String, Object> rule = Map.of("kind", "BREACH_RULE", "ruleId", "R-" + UUID.randomUUID());
    assertThat(
            refused(
                    open(OFFICER, opening(platform, List.of(rule, rule))),
                    400,
                    "case-ground-repeated")
                .getString("errors[0].field"))
        .isEqualTo("grounds[1]");
    for (Map<String, Object> notOurs :
        List.of(
            Map.<String, Object>of("kind", "RED_SCORE", "filingId", othersFiling),
            Map.<String, Object>of("kind", "RED_SCORE", "filingId", UUID.randomUUID().toString()),
            Map.<String, Object>of(
                "kind", "OVERDUE_OBLIGATION", "obligationId", othersObligation))) {
      refused(
          open(OFFICER, opening(platform, List.of(notOurs))), 422, "case-ground-not-of-platform");
    }
    assertThat(
            refused(
                    open(
                        OFFICER,
                        opening(
                            platform,
                            List.of(
                                Map.of(
                                    "kind",
                                    "REJECTED_RETURN",
                                    "filingId",
                                    ownFiling,
                                    "versionNumber",
                                    2)))),
                    422,
                    "case-ground-not-of-platform")
                .getString("errors[0].field"))
        .isEqualTo("grounds[0].versionNumber");
    Map<String, Object> unknownPlatform =
        new HashMap<>(opening(platform, List.of(officerGround("x"))));
    unknownPlatform.put("platformId", UUID.randomUUID().toString());
    refused(open(OFFICER, unknownPlatform), 404, "not-found");
    assertThat(casesOf(owner, platform)).isEqualTo(cases);
  }

  @Test
  void onlyTheEnforcementOfficerChangesCases() throws Exception {
    String id = opened(platform);
    long cases = casesOf(owner, platform);
    Map<String, Object> body = opening(platform, List.of(officerGround("Not mine to open")));
    for (String user :
        List.of("regulator-analyst", "regulator-admin", platform.officer(), platform.attestor())) {
      refused(open(user, body), 403, "forbidden");
      refused(step(user, id, transition("START_INVESTIGATION", version(id))), 403, "forbidden");
    }
    refused(
        given().contentType(ContentType.JSON).body(body).post(CASES).then(),
        401,
        "unauthenticated");
    refused(given().get(CASE, id).then(), 401, "unauthenticated");
    assertThat(casesOf(owner, platform)).isEqualTo(cases);
    assertThat(stage(id)).isEqualTo("OPEN");
  }

  /** A case of the test's platform brought to {@code stage} through the API. */
  private String caseAt(CaseStage stage) {
    String id = opened(platform);
    switch (stage) {
      case OPEN -> {}
      case INVESTIGATION -> investigated(id);
      case PROVISIONAL_NOTICE -> noticed(id, today().plusDays(1));
      case CONFIRMATION_DECISION -> confirmed(id, clock, List.of());
      case CLOSED_NO_ACTION -> stepped(id, transition("CLOSE_NO_ACTION", version(id)));
    }
    return id;
  }

  private static String stage(String id) {
    return EnforcementFixtures.stage(id);
  }
}
