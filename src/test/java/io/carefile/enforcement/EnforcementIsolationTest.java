package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.CASES;
import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.auditEvents;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
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
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another platform's enforcement cases do not exist for a platform's users and API clients: every
 * endpoint answers 404 (or leaves them out of its list) and nothing of them changes.
 */
@QuarkusTest
class EnforcementIsolationTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;

  private static TestPlatform owning;
  private static TestPlatform other;
  private static String noticedCase;
  private static String confirmedCase;
  private static String representation;
  private static String document;
  private static String requirementId;

  @BeforeEach
  void arrange() {
    if (owning != null) {
      return;
    }
    owning = TestPlatforms.newPlatform();
    other = TestPlatforms.newPlatform();
    noticedCase = opened(owning);
    noticed(noticedCase, today().plusDays(5));
    JsonPath made =
        as(owning.officer())
            .multiPart("text", "Ours")
            .multiPart("documents", "ours.pdf", DocumentSamples.pdf(), "application/pdf")
            .post(CASE + "/representations", noticedCase)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    representation = made.getString("id");
    document = made.getString("documents[0].id");
    confirmedCase = opened(owning);
    LocalDate deadline = today().plusDays(1);
    noticed(confirmedCase, deadline);
    try {
      clock.set(deadline.plusDays(1).atTime(10, 0).atZone(LONDON).toInstant());
      Map<String, Object> confirm = transition("CONFIRM", version(confirmedCase));
      confirm.put("requirements", List.of(requirement("Fix it", deadline.plusDays(20))));
      stepped(confirmedCase, confirm);
    } finally {
      clock.reset();
    }
    requirementId = read(OFFICER, confirmedCase).getString("requirements[0].id");
  }

  @Test
  void anotherPlatformsUsersAndClientsReadNothingOfTheCases() {
    for (Supplier<RequestSpecification> caller : otherPlatformsCallers()) {
      for (String id : List.of(noticedCase, confirmedCase)) {
        refused(caller.get().get(CASE, id).then(), 404, "not-found");
        refused(caller.get().get(CASE + "/history", id).then(), 404, "not-found");
        refused(caller.get().get(CASE + "/representations", id).then(), 404, "not-found");
      }
      refused(
          caller
              .get()
              .get(
                  CASE + "/representations/{r}/documents/{d}",
                  noticedCase,
                  representation,
                  document)
              .then(),
          404,
          "not-found");
      List<String> listed =
          caller
              .get()
              .queryParam("platformId", owning.platformId())
              .get(CASES)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      assertThat(listed).isEmpty();
      assertThat(caller.get().get(CASES).then().extract().jsonPath().getList("items.platformId"))
          .doesNotContain(owning.platformId());
    }
    // The owning platform reads them all.
    assertThat(
            as(owning.officer())
                .get(CASES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .contains(noticedCase, confirmedCase);
  }

  @Test
  void anotherPlatformChangesNothingOfTheCases() throws Exception {
    long representations = rows(owner, "enforcement_representation", noticedCase);
    long documents = rows(owner, "enforcement_representation_document", noticedCase);
    long audited = auditEvents(owner, noticedCase) + auditEvents(owner, confirmedCase);
    long requirementVersion = read(OFFICER, confirmedCase).getLong("requirements[0].version");

    for (Supplier<RequestSpecification> caller : otherPlatformsCallers()) {
      refused(
          caller
              .get()
              .multiPart("text", "Not ours to make")
              .multiPart("documents", "theirs.pdf", DocumentSamples.pdf(), "application/pdf")
              .post(CASE + "/representations", noticedCase)
              .then(),
          404,
          "not-found");
      refused(
          caller
              .get()
              .contentType(ContentType.JSON)
              .body(Map.of("expectedVersion", requirementVersion))
              .post(CASE + "/requirements/{requirement}/completion", confirmedCase, requirementId)
              .then(),
          404,
          "not-found");
    }
    assertThat(rows(owner, "enforcement_representation", noticedCase)).isEqualTo(representations);
    assertThat(rows(owner, "enforcement_representation_document", noticedCase))
        .isEqualTo(documents);
    assertThat(auditEvents(owner, noticedCase) + auditEvents(owner, confirmedCase))
        .isEqualTo(audited);
    JsonPath requirementAfter = read(OFFICER, confirmedCase);
    assertThat(requirementAfter.getString("requirements[0].status")).isEqualTo("OPEN");
    assertThat(requirementAfter.getLong("requirements[0].version")).isEqualTo(requirementVersion);
  }

  /** The other platform's officer, its attestor and its filing system. */
  private static List<Supplier<RequestSpecification>> otherPlatformsCallers() {
    String client = other.apiClient();
    return List.of(
        () -> as(other.officer()),
        () -> as(other.attestor()),
        () -> given().header("Authorization", Tokens.bearer(Tokens.serviceAccount(client))));
  }
}
