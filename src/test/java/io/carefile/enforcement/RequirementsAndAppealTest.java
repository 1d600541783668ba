package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.auditEvents;
import static io.carefile.enforcement.EnforcementFixtures.confirmed;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.requirement;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a confirmation decision requires: the platform marks each requirement done, the officer
 * verifies it, each step once and in that order; and the appeal an officer records, lodged once and
 * given one outcome, an upheld appeal setting the requirements aside.
 */
@QuarkusTest
class RequirementsAndAppealTest {

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
  void thePlatformMarksARequirementDoneAndTheOfficerVerifiesItEachStepOnce() throws Exception {
    String id = confirmedWithTwoRequirements();
    JsonPath decided = read(platform.officer(), id);
    String first = decided.getString("requirements[0].id");
    long audited = auditEvents(owner, id);

    // Not yet done: nothing to verify.
    refused(
        verify(OFFICER, id, first, requirementVersion(id, 0)), 409, "requirement-step-not-allowed");

    JsonPath completed =
        complete(platform.officer(), id, first, requirementVersion(id, 0), "Switched on")
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(completed.getString("status")).isEqualTo("COMPLETED");
    assertThat(completed.getString("completedBy")).isEqualTo(platform.officer());
    assertThat(completed.getString("completionNote")).isEqualTo("Switched on");
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 1);

    JsonPath twice =
        refused(
            complete(platform.officer(), id, first, completed.getLong("version"), null),
            409,
            "requirement-step-not-allowed");
    assertThat(twice.getList("allowed")).containsExactly("VERIFIED");
    refused(
        complete(platform.officer(), id, first, completed.getLong("version") + 1, null),
        409,
        "stale-version");

    JsonPath verified =
        verify(OFFICER, id, first, completed.getLong("version"))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(verified.getString("status")).isEqualTo("VERIFIED");
    assertThat(verified.getString("verifiedBy")).isEqualTo(OFFICER);
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 2);
    JsonPath problem =
        refused(
            verify(OFFICER, id, first, verified.getLong("version")),
            409,
            "requirement-step-not-allowed");
    assertThat(problem.getList("allowed")).isNull();

    JsonPath history =
        as(OFFICER).get(CASE + "/history", id).then().statusCode(200).extract().jsonPath();
    assertThat(history.getList("items.action"))
        .endsWith("CONFIRMED", "REQUIREMENT_COMPLETED", "REQUIREMENT_VERIFIED");
    assertThat(history.getList("items.requirementId")).endsWith(first, first);
    assertThat(read(platform.officer(), id).getList("requirements.status"))
        .containsExactly("VERIFIED", "OPEN");
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 2);
  }

  @Test
  void onlyThePlatformCompletesAndOnlyTheOfficerVerifies() {
    String id = confirmedWithTwoRequirements();
    String first = read(OFFICER, id).getString("requirements[0].id");
    for (String user : List.of(OFFICER, "regulator-analyst", "regulator-admin")) {
      refused(complete(user, id, first, requirementVersion(id, 0), null), 403, "forbidden");
    }
    complete(platform.officer(), id, first, requirementVersion(id, 0), null).statusCode(200);
    for (String user : List.of(platform.officer(), platform.attestor(), "regulator-analyst")) {
      refused(verify(user, id, first, requirementVersion(id, 0)), 403, "forbidden");
    }
    // A requirement of another case, or none at all, is not found.
    String other = confirmedWithTwoRequirements();
    refused(
        complete(platform.officer(), other, first, requirementVersion(id, 0), null),
        404,
        "not-found");
    refused(verify(OFFICER, id, UUID.randomUUID().toString(), 0), 404, "not-found");
    assertThat(read(OFFICER, id).getList("requirements.status"))
        .containsExactly("COMPLETED", "OPEN");
  }

  @Test
  void anAppealIsLodgedOnceOnAConfirmationDecisionAndGivenOneOutcome() throws Exception {
    String notYet = opened(platform);
    noticed(notYet, today().plusDays(5));
    refused(lodge(notYet, version(notYet)), 409, "appeal-not-allowed");
    refused(outcome(notYet, "DISMISSED", version(notYet)), 409, "appeal-outcome-not-allowed");

    String id = confirmedWithTwoRequirements();
    refused(outcome(id, "UPHELD", version(id)), 409, "appeal-outcome-not-allowed");
    for (String user : List.of("regulator-analyst", platform.officer())) {
      refused(
          as(user)
              .contentType(ContentType.JSON)
              .body(Map.of("grounds", "x", "expectedVersion", version(id)))
              .post(CASE + "/appeal", id)
              .then(),
          403,
          "forbidden");
    }
    long audited = auditEvents(owner, id);
    JsonPath lodged = lodge(id, version(id)).statusCode(200).extract().jsonPath();
    assertThat(lodged.getString("stage")).isEqualTo("CONFIRMATION_DECISION");
    assertThat(lodged.getString("appeal.status")).isEqualTo("LODGED");
    assertThat(lodged.getString("appeal.lodgedBy")).isEqualTo(OFFICER);
    assertThat(lodged.getString("appeal.grounds"))
        .isEqualTo("The requirements go beyond the notice");
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 1);

    refused(lodge(id, lodged.getLong("version")), 409, "appeal-not-allowed");
    refused(outcome(id, "LODGED", lodged.getLong("version")), 400, "malformed-body");
    refused(outcome(id, "UPHELD", lodged.getLong("version") - 1), 409, "stale-version");

    // While it is lodged the decision stands: its requirements go on.
    complete(platform.officer(), id, requirementId(id, 1), requirementVersion(id, 1), null)
        .statusCode(200);

    JsonPath upheld =
        outcome(id, "UPHELD", lodged.getLong("version")).statusCode(200).extract().jsonPath();
    assertThat(upheld.getString("appeal.status")).isEqualTo("UPHELD");
    assertThat(upheld.getString("appeal.outcomeText")).isEqualTo("The tribunal found for them");
    assertThat(upheld.getString("appeal.decidedBy")).isEqualTo(OFFICER);
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 3);
    JsonPath again =
        refused(
            outcome(id, "DISMISSED", upheld.getLong("version")), 409, "appeal-outcome-not-allowed");
    assertThat(again.getList("allowed")).isNull();

    // Set aside: its requirements take no further step.
    refused(
        complete(platform.officer(), id, requirementId(id, 0), requirementVersion(id, 0), null),
        409,
        "requirement-step-not-allowed");
    refused(
        verify(OFFICER, id, requirementId(id, 1), requirementVersion(id, 1)),
        409,
        "requirement-step-not-allowed");
    assertThat(read(OFFICER, id).getList("requirements.status"))
        .containsExactly("OPEN", "COMPLETED");
    JsonPath history =
        as(platform.officer()).get(CASE + "/history", id).then().extract().jsonPath();
    assertThat(history.getList("items.action"))
        .endsWith("APPEAL_LODGED", "REQUIREMENT_COMPLETED", "APPEAL_DECIDED");
  }

  private String confirmedWithTwoRequirements() {
    String id = opened(platform);
    confirmed(
        id,
        clock,
        List.of(
            requirement("Switch hash matching on", today().plusDays(30)),
            requirement("Report monthly on removals", today().plusDays(60))));
    return id;
  }

  private static String requirementId(String id, int index) {
    return read(OFFICER, id).getString("requirements[" + index + "].id");
  }

  private static long requirementVersion(String id, int index) {
    return read(OFFICER, id).getLong("requirements[" + index + "].version");
  }

  private static ValidatableResponse complete(
      String user, String id, String requirement, long version, String note) {
    Map<String, Object> body = new HashMap<>();
    body.put("expectedVersion", version);
    if (note != null) {
      body.put("note", note);
    }
    return as(user)
        .contentType(ContentType.JSON)
        .body(body)
        .post(CASE + "/requirements/{requirement}/completion", id, requirement)
        .then();
  }

  private static ValidatableResponse verify(
      String user, String id, String requirement, long version) {
    return as(user)
        .contentType(ContentType.JSON)
        .body(Map.of("note", "Checked on site", "expectedVersion", version))
        .post(CASE + "/requirements/{requirement}/verification", id, requirement)
        .then();
  }

  private static ValidatableResponse lodge(String id, long version) {
    return as(OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of("grounds", "The requirements go beyond the notice", "expectedVersion", version))
        .post(CASE + "/appeal", id)
        .then();
  }

  private static ValidatableResponse outcome(String id, String outcome, long version) {
    return as(OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                outcome,
                "text",
                "The tribunal found for them",
                "expectedVersion",
                version))
        .post(CASE + "/appeal/outcome", id)
        .then();
  }
}
