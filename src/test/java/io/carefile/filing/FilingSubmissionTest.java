package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.draft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.json.CanonicalJson;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An attestor submits a return: one immutable version with its receipt, the attestation, the
 * obligation fulfilled, lateness judged by the regulator's calendar, and a digest anyone can
 * recompute from the receipt.
 */
@QuarkusTest
class FilingSubmissionTest {

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Inject TestClock clock;
  @Inject FilingConfig config;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anAttestorSubmitsTheDraftAndGetsAVerifiableReceipt() throws Exception {
    String filing = draft(platform);
    JsonPath result =
        submit(platform.attestor(), filing, submission())
            .statusCode(201)
            .header("Location", matchesPattern(".*/versions/1/receipt"))
            .body("version", equalTo(1))
            .body("late", equalTo(false))
            .body("accessionNumber", matchesPattern("DCR-\\d{4}-\\d{6}-01"))
            .extract()
            .jsonPath();

    JsonPath receipt =
        as(platform.officer())
            .get(result.getString("receipt"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String payload = receipt.getString("canonicalPayload");
    assertThat(CanonicalJson.sha256Hex(payload))
        .isEqualTo(receipt.getString("sha256"))
        .isEqualTo(result.getString("sha256"));
    JsonNode filed = new ObjectMapper().readTree(payload);
    assertThat(CanonicalJson.of(filed)).isEqualTo(payload);
    assertThat(filed.path("accessionNumber").asText())
        .isEqualTo(result.getString("accessionNumber"));
    assertThat(filed.path("values").path("items_detected_total").asInt()).isEqualTo(1000);
    assertThat(filed.path("attestation").path("username").asText()).isEqualTo(platform.attestor());
    assertThat(filed.path("source").asText()).isEqualTo("API");

    as("regulator-analyst")
        .get("/api/v1/receipts/" + result.getString("accessionNumber"))
        .then()
        .statusCode(200)
        .body("sha256", equalTo(result.getString("sha256")))
        .body("canonicalPayload", equalTo(payload));
    String obligation =
        as(platform.officer())
            .get("/api/v1/filings/" + filing)
            .then()
            .statusCode(200)
            .body("status", equalTo("SUBMITTED"))
            .body("latestVersion", equalTo(1))
            .body("draft", equalTo(null))
            .extract()
            .path("obligationId");
    as(platform.officer())
        .get("/api/v1/obligations/" + obligation)
        .then()
        .body("status", equalTo("FULFILLED"));
  }

  @Test
  void thePersonAttestingIsRecordedWithTheStatementTheyAgreedTo() {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);

    as("regulator-analyst")
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("submittedBy", equalTo(platform.attestor()))
        .body("source", equalTo("API"))
        .body("attestation.username", equalTo(platform.attestor()))
        .body("attestation.name", equalTo(nameOf(platform.attestor())))
        .body("attestation.role", equalTo("platform-attestor"))
        .body("attestation.statement", equalTo(config.attestationStatement()));
  }

  @Test
  void aPlatformsApiClientFilesForItsPlatformNamingItsAttestor() {
    String obligation = csamObligation(platform);
    String filing =
        asClient(platform.apiClient())
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> body = submission();
    body.put("values", ReturnSamples.csamQuarter());
    body.put("attestation", Map.of("statementAccepted", true, "attestor", platform.attestor()));

    asClient(platform.apiClient())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201)
        .body("version", equalTo(1));

    asClient(platform.apiClient())
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("submittedBy", equalTo("service-account-" + platform.apiClient()))
        .body("attestation.username", equalTo(platform.attestor()))
        .body("attestation.name", equalTo(nameOf(platform.attestor())))
        .body("values.items_removed", equalTo(990));
  }

  @Test
  void aReturnSubmittedAfterItsDueDateInLondonIsLate() {
    // The second quarter of this year is due on 30 July, in British Summer Time.
    LocalDate quarter = FilingFixtures.currentYear().withMonth(4);
    String filing =
        FilingFixtures.start(
            platform.officer(),
            platform.obligation("CSAM-Q", quarter),
            ReturnSamples.csamQuarter());
    LocalDate due =
        LocalDate.parse(as(platform.officer()).get("/api/v1/filings/" + filing).path("dueDate"));
    assertThat(due).isEqualTo(LocalDate.of(quarter.getYear(), 7, 30));

    // 22:59 UTC on the due date is 23:59 in London (BST): still on time.
    clock.set(Instant.parse(due + "T22:59:00Z"));
    submit(platform.attestor(), filing, submission()).statusCode(201).body("late", equalTo(false));

    TestPlatform other = TestPlatforms.newPlatform();
    String lateFiling =
        FilingFixtures.start(
            other.officer(), other.obligation("CSAM-Q", quarter), ReturnSamples.csamQuarter());
    // 23:30 UTC on the due date is already the next day in London.
    clock.set(Instant.parse(due + "T23:30:00Z"));
    submit(other.attestor(), lateFiling, submission()).statusCode(201).body("late", equalTo(true));
    as(other.officer())
        .get("/api/v1/filings/" + lateFiling)
        .then()
        .body("versions[0].late", equalTo(true));

    // An amendment corrects the return; it is not itself filed late.
    as(other.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + lateFiling + "/amendment")
        .then()
        .statusCode(200);
    submit(other.attestor(), lateFiling, submission())
        .statusCode(201)
        .body("version", equalTo(2))
        .body("late", equalTo(false));
  }

  private static String nameOf(String username) {
    return as(username).get("/api/v1/me").then().statusCode(200).extract().path("displayName");
  }
}
