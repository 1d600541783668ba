package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.auditEvents;
import static io.carefile.enforcement.EnforcementFixtures.confirmed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.requirement;
import static io.carefile.enforcement.EnforcementFixtures.rows;
import static io.carefile.enforcement.EnforcementFixtures.stepped;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static io.restassured.RestAssured.given;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing a confirmation decision on the register: once, by an enforcement officer, only a
 * decision that stands, kept in the case's history and the audit log; every refusal stores nothing.
 */
@QuarkusTest
class CasePublicationTest {

  static final String PUBLICATION = CASE + "/publication";

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
  void anOfficerPublishesAConfirmedDecisionOnceWithItsHistoryAndAuditEvent() throws Exception {
    String id = opened(platform);
    confirmed(id, clock, List.of(requirement("Turn hash matching on", today().plusDays(30))));
    long version = version(id);
    long eventsBefore = auditEvents(owner, id);
    long historyBefore = rows(owner, "enforcement_case_event", id);

    JsonPath published =
        publish(OFFICER, id, "The platform failed to remove illegal content.", version)
            .statusCode(201)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();

    assertThat(published.getString("caseId")).isEqualTo(id);
    assertThat(published.getString("caseReference")).isEqualTo(read(OFFICER, id).get("reference"));
    assertThat(published.getString("summary"))
        .isEqualTo("The platform failed to remove illegal content.");
    assertThat(published.getString("publishedBy")).isEqualTo(OFFICER);
    assertThat(published.getString("platformName")).isNotBlank();
    assertThat(auditEvents(owner, id)).isEqualTo(eventsBefore + 1);
    assertThat(rows(owner, "enforcement_case_event", id)).isEqualTo(historyBefore + 1);
    JsonPath history =
        as(OFFICER).get(CASE + "/history?size=200", id).then().statusCode(200).extract().jsonPath();
    assertThat(history.getList("items.action")).last().isEqualTo("PUBLISHED");
    assertThat(version(id)).as("publishing does not change the case").isEqualTo(version);
    assertThat(
            as(platform.officer())
                .get(PUBLICATION, id)
                .then()
                .statusCode(200)
                .extract()
                .path("summary")
                .toString())
        .isEqualTo("The platform failed to remove illegal content.");

    refused(publish(OFFICER, id, "Again", version), 409, "decision-already-published");
    assertThat(rows(owner, "enforcement_publication", id)).isOne();
    assertThat(auditEvents(owner, id)).isEqualTo(eventsBefore + 1);
  }

  @Test
  void aCaseNotAtItsConfirmationDecisionIsNotPublished() throws Exception {
    String open = opened(platform);
    refused(publish(OFFICER, open, "Too early", version(open)), 409, "decision-not-confirmed");

    String closed = opened(platform);
    stepped(closed, transition("CLOSE_NO_ACTION", version(closed)));
    refused(publish(OFFICER, closed, "Closed", version(closed)), 409, "decision-not-confirmed");

    assertThat(rows(owner, "enforcement_publication", open)).isZero();
    assertThat(rows(owner, "enforcement_publication", closed)).isZero();
    as(OFFICER).get(PUBLICATION, open).then().statusCode(404);
  }

  @Test
  void aDecisionSetAsideOnAppealIsNotPublished() throws Exception {
    String id = opened(platform);
    confirmed(id, clock, List.of());
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("grounds", "Disproportionate", "expectedVersion", version(id)))
        .post(CASE + "/appeal", id)
        .then()
        .statusCode(200);
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "UPHELD", "text", "Set aside", "expectedVersion", version(id)))
        .post(CASE + "/appeal/outcome", id)
        .then()
        .statusCode(200);

    refused(publish(OFFICER, id, "Set aside", version(id)), 409, "decision-set-aside");
    assertThat(rows(owner, "enforcement_publication", id)).isZero();
  }

  @Test
  void onlyAnEnforcementOfficerPublishesAndTheVersionAndSummaryAreChecked() throws Exception {
    String id = opened(platform);
    confirmed(id, clock, List.of());
    long version = version(id);

    refused(publish("regulator-analyst", id, "Not mine", version), 403, "forbidden");
    refused(publish("regulator-admin", id, "Not mine", version), 403, "forbidden");
    refused(publish(platform.officer(), id, "Our own", version), 403, "forbidden");
    refused(publish(platform.attestor(), id, "Our own", version), 403, "forbidden");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("summary", "Anonymous", "expectedVersion", version))
        .post(PUBLICATION, id)
        .then()
        .statusCode(401);
    refused(publish(OFFICER, id, "Stale", version - 1), 409, "stale-version");
    refused(publish(OFFICER, id, " ", version), 400, "invalid-request");
    refused(publish(OFFICER, id, "x".repeat(4001), version), 400, "invalid-request");
    Map<String, Object> noVersion = new HashMap<>();
    noVersion.put("summary", "No version");
    refused(
        as(OFFICER).contentType(ContentType.JSON).body(noVersion).post(PUBLICATION, id).then(),
        400,
        "invalid-request");

    assertThat(rows(owner, "enforcement_publication", id)).isZero();
  }

  @Test
  void anotherPlatformsPublicationIsNotFound() {
    String id = opened(platform);
    confirmed(id, clock, List.of());
    publish(OFFICER, id, "Published", version(id)).statusCode(201);
    TestPlatform other = TestPlatforms.newPlatform();

    refused(as(other.officer()).get(PUBLICATION, id).then(), 404, "not-found");
  }

  static ValidatableResponse publish(String username, String id, String summary, long version) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(Map.of("summary", summary, "expectedVersion", version))
        .post(PUBLICATION, id)
        .then();
  }
}
