package io.carefile.scoring;

import static io.carefile.template.ReturnSamples.with;

import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Five platforms of the benchmark tests alone, shared by their classes (onboarding one costs a few
 * Keycloak accounts), and the CSAM-Q returns they file.
 *
 * <p>Isolation: every {@link TestPlatforms#newPlatform()} is Category 1 with 40 million UK users
 * (size band {@code 34m-and-over}), as every other test's platforms are, and other tests file
 * CSAM-Q for the current and previous quarters. So each benchmark test files in quarters of the
 * year {@value #YEAR}, which no other test uses, one quarter per scenario; there these platforms
 * are the whole cohort, and each test asserts that (the cohort size) before it asserts any
 * statistic, so a stray filing elsewhere fails loudly instead of shifting numbers quietly. k stays
 * the default 5: five platforms reach it, four do not, with no test profile (which would restart
 * Quarkus).
 */
final class BenchmarkPeers {

  static final int YEAR = 2741;

  private static List<TestPlatform> five;

  private BenchmarkPeers() {}

  static synchronized List<TestPlatform> five() {
    if (five == null) {
      List<TestPlatform> made = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        made.add(TestPlatforms.newPlatform());
      }
      five = List.copyOf(made);
    }
    return five;
  }

  static LocalDate quarter(int month) {
    return LocalDate.of(YEAR, month, 1);
  }

  /**
   * ReturnSamples.csamQuarter() with the median hours to removal changed (the removal_speed
   * indicator's value; its band's points move the total). See the scores in {@code
   * BenchmarkApiTest}.
   */
  static Map<String, Object> medianHours(String hours) {
    Map<String, Object> values =
        with(ReturnSamples.csamQuarter(), "median_hours_to_removal", new BigDecimal(hours));
    if (new BigDecimal(hours).compareTo(new BigDecimal("12")) > 0) {
      values.put("p90_hours_to_removal", new BigDecimal(hours).multiply(BigDecimal.TWO));
    }
    return values;
  }

  /** As {@link #medianHours}, with no user reports: user_report_24h_action_rate is not scored. */
  static Map<String, Object> medianHoursWithoutUserReports(String hours) {
    return with(medianHours(hours), "user_reports_received", 0, "user_reports_actioned_24h", 0);
  }

  static String file(TestPlatform platform, LocalDate quarter, Map<String, Object> values) {
    return SubmittedReturns.csamQ(platform, quarter, values);
  }

  /**
   * Amends the filing and submits the amendment with these values. (SubmittedReturns.amend opens
   * the amendment with a POST that has no Content-Type, which the API refuses with 415.)
   */
  static void amend(TestPlatform platform, String filing, Map<String, Object> values) {
    SubmittedReturns.as(platform.officer())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    SubmittedReturns.as(platform.attestor())
        .contentType(ContentType.JSON)
        .body(Map.of("attestation", Map.of("statementAccepted", true), "values", values))
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
  }
}
