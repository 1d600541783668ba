package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.draft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts are saved in parts; an amendment starts from the latest version and becomes the next
 * version; any two versions can be compared field by field.
 */
@QuarkusTest
class AmendmentTest {

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Test
  void aDraftIsSavedInPartsWithAdvisoryFindings() {
    String filing =
        FilingFixtures.start(
            platform.officer(),
            FilingFixtures.csamObligation(platform),
            Map.of("items_detected_total", 10));
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("draft.values.items_detected_total", equalTo(10))
        .body("draft.findings.findAll { it.ruleId == 'FIELD-REQUIRED' }.size()", equalTo(15));

    Map<String, Object> removal = new HashMap<>();
    removal.put("items_removed", 11);
    removal.put("items_detected_total", null);
    saveDraft(filing, removal, 0)
        .statusCode(200)
        .body("draft.values.items_removed", equalTo(11))
        .body("draft.values.items_detected_total", nullValue())
        .body("draft.savedBy", equalTo(platform.officer()))
        .body("version", equalTo(1));

    saveDraft(filing, Map.of("items_detected_total", 10), 1)
        .statusCode(200)
        .body("draft.values.items_removed", equalTo(11))
        .body(
            "draft.findings.findAll { it.ruleId == 'CSAMQ-R001' }.fields[0]",
            contains("items_removed", "items_detected_total"));

    saveDraft(filing, Map.of("items_removed", 5), 1)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:stale-version"));
  }

  @Test
  void anAmendmentStartsFromTheLatestVersionAndTheDiffNamesWhatChanged() {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);

    as(platform.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("draft.values.items_removed", equalTo(990))
        .body("draft.findings", empty());
    saveDraft(
            filing, Map.of("items_removed", 995, "accounts_terminated", 42), currentVersion(filing))
        .statusCode(200);
    submit(platform.attestor(), filing, submission())
        .statusCode(201)
        .body("version", equalTo(2))
        .body("accessionNumber", endsWith("-02"))
        .body("late", equalTo(false));

    as(platform.officer())
        .queryParam("from", 1)
        .queryParam("to", 2)
        .get("/api/v1/filings/" + filing + "/diff")
        .then()
        .statusCode(200)
        .body("changes.field", contains("items_removed", "accounts_terminated"))
        .body("changes[0].label", equalTo("Items removed or made inaccessible"))
        .body("changes[0].before", equalTo(990))
        .body("changes[0].after", equalTo(995));

    as(platform.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    Map<String, Object> cleared = new HashMap<>();
    cleared.put("url_blocking_enabled", false);
    saveDraft(filing, cleared, currentVersion(filing)).statusCode(200);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    as(platform.officer())
        .queryParam("from", 1)
        .queryParam("to", 3)
        .get("/api/v1/filings/" + filing + "/diff")
        .then()
        .body(
            "changes.field",
            contains("items_removed", "accounts_terminated", "url_blocking_enabled"));
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("versions.number", contains(1, 2, 3))
        .body("versions.accessionNumber[0]", endsWith("-01"));
  }

  private long currentVersion(String filing) {
    return as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private ValidatableResponse saveDraft(
      String filing, Map<String, ?> values, long expectedVersion) {
    Map<String, Object> body = new HashMap<>();
    body.put("values", values);
    body.put("expectedVersion", expectedVersion);
    return as(platform.officer())
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/filings/" + filing + "/draft")
        .then();
  }
}
