package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static io.carefile.filing.FilingRefusals.FILING;
import static io.carefile.filing.FilingRefusals.newDraft;
import static io.carefile.filing.FilingRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.filing.FilingRefusals.Draft;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads that name what cannot exist are refused by kind: a mistyped id, filter or version number is
 * an invalid request, a version or receipt that does not exist is not found, and a comparison needs
 * two submitted versions in order.
 */
@QuarkusTest
class FilingLookupRefusalsTest {

  // Reads change nothing, so every test here reads the one submitted return of one platform.
  private static TestPlatform platform;
  private static Draft submitted;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void platformWithASubmittedReturn() {
    if (submitted != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    submit(platform.attestor(), draft.filingId(), submission()).statusCode(201);
    // Set last: a setup that failed half-way is tried again by the next test.
    submitted = draft;
  }

  @ParameterizedTest(name = "diff?{0}")
  @CsvSource({
    "from=1&to=1, 400, invalid-comparison",
    "from=2&to=1, 400, invalid-comparison",
    "from=0&to=1, 400, invalid-request",
    "from=-1&to=1, 400, invalid-request",
    "to=1, 400, invalid-request",
    "from=1, 400, invalid-request",
    "from=one&to=2, 400, invalid-request",
    "from=1&to=2, 404, not-found",
    "from=1&to=99, 404, not-found"
  })
  void aDiffNeedsTwoSubmittedVersionsInOrder(String query, int status, String type) {
    Draft draft = submitted;

    refused(
        as(platform.officer())
            .get(FILING.replace("{id}", draft.filingId()) + "/diff?" + query)
            .then(),
        status,
        type);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/v1/filings/not-a-uuid",
    "GET, /api/v1/filings/12345",
    "PATCH, /api/v1/filings/not-a-uuid/draft",
    "POST, /api/v1/filings/not-a-uuid/amendment",
    "POST, /api/v1/filings/not-a-uuid/submissions",
    "GET, /api/v1/filings/not-a-uuid/versions/1",
    "GET, /api/v1/filings/not-a-uuid/versions/1/receipt",
    "GET, /api/v1/filings/not-a-uuid/diff?from=1&to=2",
    "GET, /api/v1/filings?obligationId=not-a-uuid",
    "GET, /api/v1/filings?platformId=not-a-uuid",
    "GET, /api/v1/filings?status=LOST"
  })
  void aMistypedIdOrFilterIsAnInvalidRequest(String method, String path) {
    RequestSpecification request = as(platform.attestor()).contentType(ContentType.JSON);
    if (!"GET".equals(method)) {
      request.body(
          path.endsWith("draft")
              ? "{\"values\": {}, \"expectedVersion\": 0}"
              : "{\"attestation\": {\"statementAccepted\": true}}");
    }

    refused(request.request(method, path).then(), 400, "invalid-request");
  }

  @Test
  void anUnknownStatusFilterNamesTheParameterAndItsValues() {
    JsonPath problem =
        refused(
            as(platform.officer()).get("/api/v1/filings?status=LOST").then(),
            400,
            "invalid-request");

    assertThat(problem.getList("errors.field")).containsExactly("status");
    assertThat(problem.getString("errors[0].message")).contains("DRAFT, SUBMITTED");
  }

  @Test
  void aMistypedVersionNumberIsAnInvalidRequestAndAMissingOneIsNotFound() {
    Draft draft = submitted;

    for (String version : List.of("one", "1.5", "99999999999")) {
      refused(
          as(platform.officer()).get(FILING + "/versions/" + version, draft.filingId()).then(),
          400,
          "invalid-request");
    }
    for (String version : List.of("0", "2", "-1")) {
      refused(
          as(platform.officer()).get(FILING + "/versions/" + version, draft.filingId()).then(),
          404,
          "not-found");
      refused(
          as(platform.officer())
              .get(FILING + "/versions/" + version + "/receipt", draft.filingId())
              .then(),
          404,
          "not-found");
    }
    refused(
        as(platform.officer()).get("/api/v1/receipts/not-an-accession-number").then(),
        404,
        "not-found");
  }
}
