package io.carefile.support;

import static io.restassured.RestAssured.given;

import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.PeriodType;
import io.carefile.template.ReturnSamples;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Submitted returns for the features that work on them (review, scoring, benchmarks), made through
 * the public API as the platform's own officer and attestor would: start, submit, amend. Each
 * answers the filing's id.
 */
public final class SubmittedReturns {

  private static final ZoneId REGULATOR_ZONE = ZoneId.of("Europe/London");

  private SubmittedReturns() {}

  /** A request signed in as the user (demo password). */
  public static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }

  /** The quarter running today in the regulator's calendar. */
  public static LocalDate currentQuarter() {
    return ReportingPeriod.containing(PeriodType.QUARTERLY, LocalDate.now(REGULATOR_ZONE)).start();
  }

  /** The quarter before the one running today. */
  public static LocalDate previousQuarter() {
    return currentQuarter().minusMonths(3);
  }

  /** The platform's CSAM-Q return for the current quarter, submitted with the plausible sample. */
  public static String csamQ(TestPlatform platform) {
    return csamQ(platform, currentQuarter(), ReturnSamples.csamQuarter());
  }

  /**
   * The platform's CSAM-Q return for the quarter starting on {@code periodStart}, submitted with
   * these values (they must pass binding validation without warnings).
   */
  public static String csamQ(TestPlatform platform, LocalDate periodStart, Map<String, ?> values) {
    String obligation = platform.obligation("CSAM-Q", periodStart);
    String filing =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation, "values", values))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    submit(platform, filing, Map.of());
    return filing;
  }

  /**
   * The platform's CSAM-Q return for the current quarter, submitted with these values, each warning
   * they raise explained by the attestor.
   */
  public static String csamQExplained(TestPlatform platform, Map<String, ?> values) {
    String obligation = platform.obligation("CSAM-Q", currentQuarter());
    String filing =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation, "values", values))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    submitExplaining(platform, filing, Map.of());
    return filing;
  }

  /** Amends the filing with these values changed, each warning they raise explained. */
  public static void amendExplained(TestPlatform platform, String filing, Map<String, ?> changed) {
    as(platform.officer())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    submitExplaining(platform, filing, changed);
  }

  /** Amends the filing: opens the amendment, and submits it with these values changed. */
  public static void amend(TestPlatform platform, String filing, Map<String, ?> changed) {
    as(platform.officer())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    submit(platform, filing, changed);
  }

  private static void submit(TestPlatform platform, String filing, Map<String, ?> changed) {
    Map<String, Object> body = new HashMap<>();
    body.put("attestation", Map.of("statementAccepted", true));
    if (!changed.isEmpty()) {
      Map<String, Object> values = new HashMap<>(draftValues(platform, filing));
      values.putAll(changed);
      body.put("values", values);
    }
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
  }

  private static void submitExplaining(
      TestPlatform platform, String filing, Map<String, ?> changed) {
    JsonPath draft =
        as(platform.officer()).get("/api/v1/filings/" + filing).then().extract().jsonPath();
    Map<String, Object> values = new HashMap<>(draft.getMap("draft.values"));
    values.putAll(changed);
    List<String> warnings =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("values", values, "expectedVersion", draft.getLong("version")))
            .patch("/api/v1/filings/" + filing + "/draft")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("draft.findings.findAll { it.severity == 'WARNING' }.key");
    Map<String, String> explanations = new HashMap<>();
    warnings.forEach(key -> explanations.put(key, "Explained by the filer: " + key));
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "attestation",
                Map.of("statementAccepted", true),
                "values",
                values,
                "explanations",
                explanations))
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
  }

  private static Map<String, Object> draftValues(TestPlatform platform, String filing) {
    return as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("draft.values");
  }
}
