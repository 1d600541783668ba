package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.NORTHWIND_ATTESTOR;
import static io.carefile.filing.FilingFixtures.NORTHWIND_CLIENT;
import static io.carefile.filing.FilingFixtures.NORTHWIND_OFFICER;
import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.northwindDraft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.json.CanonicalJson;
import io.carefile.support.TestClock;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An attestor submits a return: one immutable version with its receipt, the attestation, the
 * obligation fulfilled, lateness judged by the regulator's calendar, and a digest anyone can
 * recompute from the receipt.
 */
@QuarkusTest
class FilingSubmissionTest {

  @Inject TestClock clock;
  @Inject FilingConfig config;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anAttestorSubmitsTheDraftAndGetsAVerifiableReceipt() throws Exception {
    String filing = northwindDraft();
    JsonPath result =
        submit(NORTHWIND_ATTESTOR, filing, submission())
            .statusCode(201)
            .header("Location", matchesPattern(".*/versions/1/receipt"))
            .body("version", equalTo(1))
            .body("late", equalTo(false))
            .body("accessionNumber", matchesPattern("DCR-\\d{4}-\\d{6}-01"))
            .extract()
            .jsonPath();

    JsonPath receipt =
        as(NORTHWIND_OFFICER)
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
    assertThat(filed.path("attestation").path("username").asText()).isEqualTo(NORTHWIND_ATTESTOR);
    assertThat(filed.path("source").asText()).isEqualTo("API");

    as("regulator-analyst")
        .get("/api/v1/receipts/" + result.getString("accessionNumber"))
        .then()
        .statusCode(200)
        .body("sha256", equalTo(result.getString("sha256")))
        .body("canonicalPayload", equalTo(payload));
    String obligation =
        as(NORTHWIND_OFFICER)
            .get("/api/v1/filings/" + filing)
            .then()
            .statusCode(200)
            .body("status", equalTo("SUBMITTED"))
            .body("latestVersion", equalTo(1))
            .body("draft", equalTo(null))
            .extract()
            .path("obligationId");
    as(NORTHWIND_OFFICER)
        .get("/api/v1/obligations/" + obligation)
        .then()
        .body("status", equalTo("FULFILLED"));
  }

  @Test
  void thePersonAttestingIsRecordedWithTheStatementTheyAgreedTo() {
    String filing = northwindDraft();
    submit(NORTHWIND_ATTESTOR, filing, submission()).statusCode(201);

    as("regulator-analyst")
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("submittedBy", equalTo(NORTHWIND_ATTESTOR))
        .body("source", equalTo("API"))
        .body("attestation.username", equalTo(NORTHWIND_ATTESTOR))
        .body("attestation.name", equalTo(nameOf(NORTHWIND_ATTESTOR)))
        .body("attestation.role", equalTo("platform-attestor"))
        .body("attestation.statement", equalTo(config.attestationStatement()));
  }

  @Test
  void aPlatformsApiClientFilesForItsPlatformNamingItsAttestor() {
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    String filing =
        asClient(NORTHWIND_CLIENT)
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> body = submission();
    body.put("values", ReturnSamples.csamQuarter());
    body.put("attestation", Map.of("statementAccepted", true, "attestor", NORTHWIND_ATTESTOR));

    asClient(NORTHWIND_CLIENT)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201)
        .body("version", equalTo(1));

    asClient(NORTHWIND_CLIENT)
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("submittedBy", equalTo("service-account-" + NORTHWIND_CLIENT))
        .body("attestation.username", equalTo(NORTHWIND_ATTESTOR))
        .body("attestation.name", equalTo(nameOf(NORTHWIND_ATTESTOR)))
        .body("values.items_removed", equalTo(990));
  }

  @Test
  void aReturnSubmittedAfterItsDueDateInLondonIsLate() {
    LocalDate quarter = FilingFixtures.freshQuarter().withMonth(4);
    String filing =
        FilingFixtures.start(
            NORTHWIND_OFFICER,
            csamObligation(Tokens.NORTHWIND_ID, quarter),
            ReturnSamples.csamQuarter());
    LocalDate due =
        LocalDate.parse(as(NORTHWIND_OFFICER).get("/api/v1/filings/" + filing).path("dueDate"));
    assertThat(due).isEqualTo(LocalDate.of(quarter.getYear(), 7, 30));

    // 22:59 UTC on the due date is 23:59 in London (BST): still on time.
    clock.set(Instant.parse(due + "T22:59:00Z"));
    submit(NORTHWIND_ATTESTOR, filing, submission()).statusCode(201).body("late", equalTo(false));

    String lateFiling =
        FilingFixtures.start(
            NORTHWIND_OFFICER,
            csamObligation(Tokens.NORTHWIND_ID, FilingFixtures.freshQuarter().withMonth(4)),
            ReturnSamples.csamQuarter());
    LocalDate lateDue =
        LocalDate.parse(as(NORTHWIND_OFFICER).get("/api/v1/filings/" + lateFiling).path("dueDate"));
    // 23:30 UTC on the due date is already the next day in London.
    clock.set(Instant.parse(lateDue + "T23:30:00Z"));
    submit(NORTHWIND_ATTESTOR, lateFiling, submission())
        .statusCode(201)
        .body("late", equalTo(true));
    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + lateFiling)
        .then()
        .body("versions[0].late", equalTo(true));

    // An amendment corrects the return; it is not itself filed late.
    as(NORTHWIND_ATTESTOR)
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + lateFiling + "/amendment")
        .then()
        .statusCode(200);
    submit(NORTHWIND_ATTESTOR, lateFiling, submission())
        .statusCode(201)
        .body("version", equalTo(2))
        .body("late", equalTo(false));
  }

  private static String nameOf(String username) {
    return as(username).get("/api/v1/me").then().statusCode(200).extract().path("displayName");
  }
}
