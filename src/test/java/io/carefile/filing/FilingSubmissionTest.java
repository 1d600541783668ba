package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.NORTHWIND_ATTESTOR;
import static io.carefile.filing.FilingFixtures.NORTHWIND_OFFICER;
import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.northwindDraft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.carefile.common.json.CanonicalJson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * An attestor submits a valid draft: one immutable version with its receipt, the obligation
 * fulfilled, and a digest anyone can recompute from the receipt.
 */
@QuarkusTest
class FilingSubmissionTest {

  @Test
  void anAttestorSubmitsTheDraftAndGetsAVerifiableReceipt() {
    String filing = northwindDraft();
    JsonPath result =
        submit(NORTHWIND_ATTESTOR, filing, submission())
            .statusCode(201)
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

    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + filing)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("latestVersion", equalTo(1));
  }
}
