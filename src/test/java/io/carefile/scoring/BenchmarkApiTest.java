package io.carefile.scoring;

import static io.carefile.scoring.BenchmarkPeers.file;
import static io.carefile.scoring.BenchmarkPeers.medianHours;
import static io.carefile.scoring.BenchmarkPeers.medianHoursWithoutUserReports;
import static io.carefile.scoring.BenchmarkPeers.quarter;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Peer benchmarks through the API, over five platforms' CSAM-Q returns for one quarter (see {@link
 * BenchmarkPeers} for why they are the whole cohort). Their scores, from the indicators of {@code
 * ScoreCalculatorTest} with only the median hours to removal (removal_speed) changed:
 *
 * <pre>
 * peer  median h  removal_speed pts  user reports      total
 * 1     0.5       100                 received 500     (225+200+200+200+200+100)/12 = 93.75
 * 2     2         75                  received 500     (225+200+150+200+200+100)/12 = 89.58
 * 3     2         75                  received 500     89.58
 * 4     8         50                  none: not scored (225+200+100+200+100)/10    = 82.50
 * 5     100       0                   received 500     (225+200+0+200+200+100)/12   = 77.08
 * </pre>
 *
 * Totals 77.08 82.50 89.58 89.58 93.75: P5 = 77.08 + 0.2 x 5.42 = 78.164, P25 82.5, median and P75
 * 89.58, P95 = 89.58 + 0.8 x 4.17 = 92.916; fences 82.5 - 1.5 x 7.08 = 71.88 and 100.2: no outlier.
 * removal_speed 0.5 2 2 8 100: P5 0.8, P25 2, median 2, P75 8, P95 81.6; upper fence 8 + 1.5 x 6 =
 * 17, so peer 5's 100 is a HIGH outlier. user_report_24h_action_rate has 4 values (peer 4 is not
 * scored): below k = 5, so platform users never see it, while the total (5) is shown.
 */
@QuarkusTest
class BenchmarkApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate QUARTER = quarter(1);
  private static final LocalDate EARLIER = quarter(1).minusMonths(3);

  private static List<TestPlatform> peers;
  private static List<String> filings;
  private static String earlierFiling;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @BeforeEach
  void fivePeersHaveFiled() {
    if (filings != null) {
      return;
    }
    peers = BenchmarkPeers.five();
    List<Map<String, Object>> values =
        List.of(
            medianHours("0.5"),
            medianHours("2"),
            medianHours("2"),
            medianHoursWithoutUserReports("8"),
            medianHours("100"));
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      filed.add(file(peers.get(i), QUARTER, values.get(i)));
    }
    earlierFiling = file(peers.getFirst(), EARLIER, ReturnSamples.csamQuarter());
    filings = List.copyOf(filed);
  }

  @Test
  void eachScoreRecordsItsPeerGroupAtSubmission() throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select period_start, category, size_band from filing_score where filing_id = ?")) {
      select.setObject(1, UUID.fromString(filings.getFirst()));
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getObject(1, LocalDate.class)).isEqualTo(QUARTER);
        assertThat(row.getString(2)).isEqualTo("CATEGORY_1");
        assertThat(row.getString(3)).isEqualTo("34m-and-over");
      }
    }
  }

  @Test
  void regulatorsSeeTheDistributionPerIndicatorAndTheOutliersNamed() throws IOException {
    JsonNode benchmark = benchmark(as("regulator-analyst"), "category", "CATEGORY_1");

    assertThat(benchmark.get("cohortSize").asInt()).as("only these five filed").isEqualTo(5);
    assertThat(benchmark.get("smallCohort").asBoolean()).isFalse();
    assertThat(benchmark.get("suppressed").asBoolean()).isFalse();
    assertThat(benchmark.get("minCohort").asInt()).isEqualTo(5);
    assertThat(benchmark.at("/group/category").asText()).isEqualTo("CATEGORY_1");
    assertTotals(benchmark.get("total"));
    assertThat(benchmark.get("total").get("outlierCount").asInt()).isZero();

    JsonNode speed = indicator(benchmark, "removal_speed");
    assertThat(speed.get("title").asText()).isEqualTo("Removal speed");
    assertDistribution(speed.get("distribution"), "0.8", "2", "2", "8", "81.6", "-7", "17");
    assertThat(speed.get("outlierCount").asInt()).isEqualTo(1);
    assertThat(speed.get("outliers")).hasSize(1);
    JsonNode outlier = speed.get("outliers").get(0);
    assertThat(outlier.get("platformId").asText()).isEqualTo(peers.get(4).platformId());
    assertThat(outlier.get("filingId").asText()).isEqualTo(filings.get(4));
    assertThat(outlier.get("value").decimalValue()).isEqualByComparingTo("100");
    assertThat(outlier.get("side").asText()).isEqualTo("HIGH");

    // Not scored for peer 4: four values, shown to regulators.
    JsonNode reports = indicator(benchmark, "user_report_24h_action_rate");
    assertThat(reports.get("cohortSize").asInt()).isEqualTo(4);
    assertThat(reports.get("suppressed").asBoolean()).isFalse();
    assertThat(reports.at("/distribution/median").decimalValue()).isEqualByComparingTo("0.9");

    assertThat(
            StreamSupport.stream(benchmark.get("indicators").spliterator(), false)
                .map(indicator -> indicator.get("code").asText()))
        .containsExactly(
            "proactive_detection_rate",
            "removal_rate",
            "removal_speed",
            "user_report_24h_action_rate",
            "hash_matching_in_use",
            "url_blocking_in_use");
  }

  @Test
  void theSizeBandGroupTheIntersectionAndEveryoneAreTheSameFivePlatforms() throws IOException {
    for (JsonNode benchmark :
        List.of(
            benchmark(as("regulator-analyst"), "sizeBand", "34m-and-over"),
            benchmark(
                as("regulator-analyst"), "category", "CATEGORY_1", "sizeBand", "34m-and-over"),
            benchmark(as("regulator-analyst")),
            benchmark(as(peers.get(1).officer()), "sizeBand", "34m-and-over"))) {
      assertThat(benchmark.get("cohortSize").asInt()).isEqualTo(5);
      assertTotals(benchmark.get("total"));
    }
    JsonNode nobody = benchmark(as("regulator-analyst"), "sizeBand", "under-1m");
    assertThat(nobody.get("cohortSize").asInt()).isZero();
    assertThat(nobody.get("smallCohort").asBoolean()).isTrue();
    assertThat(nobody.at("/total/distribution").isNull()).isTrue();
    assertThat(nobody.get("indicators")).isEmpty();
  }

  @Test
  void aPlatformSeesItsPeersDistributionButNeitherTheirIdentitiesNorASmallMeasure()
      throws IOException {
    TestPlatform second = peers.get(1);
    String body =
        as(second.officer())
            .queryParam("templateCode", "CSAM-Q")
            .queryParam("periodStart", QUARTER.toString())
            .queryParam("category", "CATEGORY_1")
            .get("/api/v1/benchmarks")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode benchmark = JSON.readTree(body);

    assertThat(benchmark.get("cohortSize").asInt()).isEqualTo(5);
    assertThat(benchmark.get("suppressed").asBoolean()).isFalse();
    assertTotals(benchmark.get("total"));
    JsonNode speed = indicator(benchmark, "removal_speed");
    assertThat(speed.get("outlierCount").asInt()).isEqualTo(1);
    assertThat(speed.get("outliers").isNull()).isTrue();
    JsonNode reports = indicator(benchmark, "user_report_24h_action_rate");
    assertThat(reports.get("suppressed").asBoolean()).isTrue();
    assertThat(reports.get("cohortSize").isNull()).isTrue();
    assertThat(reports.get("distribution").isNull()).isTrue();
    assertThat(reports.get("outlierCount").isNull()).isTrue();
    for (String peerId : othersIds(1)) {
      assertThat(body).as("a peer's id").doesNotContain(peerId);
    }
    assertThat(body).doesNotContain("platformId").doesNotContain("filingId");
  }

  @Test
  void aReturnsPanelPlacesItInItsCategoryAndSizeBandGroupsWithItsTrend() throws IOException {
    JsonNode second = panel(as(peers.get(1).officer()), filings.get(1));

    assertThat(second.get("filingId").asText()).isEqualTo(filings.get(1));
    assertThat(second.get("versionNumber").asInt()).isEqualTo(1);
    assertThat(second.get("periodStart").asText()).isEqualTo(QUARTER.toString());
    assertThat(second.get("groups")).hasSize(2);
    JsonNode byCategory = second.get("groups").get(0);
    JsonNode bySize = second.get("groups").get(1);
    assertThat(byCategory.at("/group/category").asText()).isEqualTo("CATEGORY_1");
    assertThat(byCategory.at("/group/sizeBand").isNull()).isTrue();
    assertThat(bySize.at("/group/sizeBand").asText()).isEqualTo("34m-and-over");
    assertThat(bySize.at("/group/category").isNull()).isTrue();
    for (JsonNode group : List.of(byCategory, bySize)) {
      assertThat(group.get("cohortSize").asInt()).isEqualTo(5);
      assertThat(group.get("suppressed").asBoolean()).isFalse();
      JsonNode total = group.get("total");
      assertThat(total.get("value").decimalValue()).isEqualByComparingTo("89.58");
      // 2 below (77.08, 82.50), 2 equal (itself and peer 3): (2 + 1) / 5 = 60
      assertThat(total.get("percentile").decimalValue()).isEqualByComparingTo("60.00");
      assertThat(total.get("outlier").isNull()).isTrue();
      assertThat(total.at("/distribution/p95").decimalValue()).isEqualByComparingTo("92.916");
      JsonNode speed = standing(group, "removal_speed");
      assertThat(speed.get("value").decimalValue()).isEqualByComparingTo("2");
      // 1 below, 2 equal: (1 + 1) / 5 = 40
      assertThat(speed.get("percentile").decimalValue()).isEqualByComparingTo("40.00");
      // Its own rate is shown, but no percentile over four platforms.
      JsonNode reports = standing(group, "user_report_24h_action_rate");
      assertThat(reports.get("value").decimalValue()).isEqualByComparingTo("0.9");
      assertThat(reports.get("suppressed").asBoolean()).isTrue();
      assertThat(reports.get("percentile").isNull()).isTrue();
      assertThat(reports.get("distribution").isNull()).isTrue();
      // Everyone detected the same share proactively: ties counted half put each at 50.
      assertThat(standing(group, "proactive_detection_rate").get("percentile").decimalValue())
          .isEqualByComparingTo("50");
    }

    JsonNode slowest = panel(as(peers.get(4).officer()), filings.get(4));
    JsonNode slow = standing(slowest.get("groups").get(0), "removal_speed");
    assertThat(slow.get("outlier").asText()).isEqualTo("HIGH");
    assertThat(slow.get("percentile").decimalValue()).isEqualByComparingTo("90");
    assertThat(slowest.at("/groups/0/total/percentile").decimalValue()).isEqualByComparingTo("10");

    JsonNode withoutReports = panel(as(peers.get(3).officer()), filings.get(3));
    JsonNode notScored =
        standing(withoutReports.get("groups").get(0), "user_report_24h_action_rate");
    assertThat(notScored.get("scored").asBoolean()).isFalse();
    assertThat(notScored.get("value").isNull()).isTrue();

    // Regulators see the small measure too, flagged by its count.
    JsonNode asRegulator = panel(as("regulator-analyst"), filings.get(1));
    JsonNode reports = standing(asRegulator.get("groups").get(0), "user_report_24h_action_rate");
    assertThat(reports.get("cohortSize").asInt()).isEqualTo(4);
    assertThat(reports.get("percentile").decimalValue()).isEqualByComparingTo("50");

    JsonNode trend = panel(as(peers.getFirst().officer()), filings.getFirst()).get("trend");
    assertThat(trend.get(0).get("periodStart").asText()).isEqualTo(EARLIER.toString());
    assertThat(trend.get(0).get("filingId").asText()).isEqualTo(earlierFiling);
    assertThat(trend.get(1).get("periodStart").asText()).isEqualTo(QUARTER.toString());
  }

  @Test
  void aPlatformsTrendIsItsLatestScoreByPeriodOldestFirst() throws IOException {
    TestPlatform first = peers.getFirst();
    JsonNode trend =
        JSON.readTree(
            as(first.officer())
                .queryParam("templateCode", "CSAM-Q")
                .get("/api/v1/platforms/" + first.platformId() + "/score-trend")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(trend.get("platformId").asText()).isEqualTo(first.platformId());
    JsonNode periods = trend.get("periods");
    List<String> starts = new ArrayList<>();
    periods.forEach(point -> starts.add(point.get("periodStart").asText()));
    assertThat(starts).isSorted().contains(EARLIER.toString(), QUARTER.toString());
    JsonNode earlier = periods.get(starts.indexOf(EARLIER.toString()));
    assertThat(earlier.get("total").decimalValue()).isEqualByComparingTo("89.58");
    assertThat(earlier.get("band").asText()).isEqualTo("GREEN");
    JsonNode now = periods.get(starts.indexOf(QUARTER.toString()));
    assertThat(now.get("total").decimalValue()).isEqualByComparingTo("93.75");
    assertThat(now.get("filingId").asText()).isEqualTo(filings.getFirst());
    assertThat(now.get("category").asText()).isEqualTo("CATEGORY_1");
    assertThat(now.get("sizeBand").asText()).isEqualTo("34m-and-over");

    as("regulator-analyst")
        .queryParam("templateCode", "CSAM-Q")
        .get("/api/v1/platforms/" + first.platformId() + "/score-trend")
        .then()
        .statusCode(200)
        .body("periods.size()", equalTo(periods.size()));
  }

  @Test
  void theCategoryDistributionIsShownForCategoriesOfKOrMore() throws IOException {
    JsonNode platform = categories(as(peers.get(2).officer()));
    JsonNode first = category(platform, "CATEGORY_1");
    assertThat(first.get("cohortSize").asInt()).isEqualTo(5);
    assertDistribution(
        first.get("distribution"), "78.164", "82.5", "89.58", "89.58", "92.916", "71.88", "100.2");
    assertThat(first.get("outlierCount").asInt()).isZero();
    for (String empty : List.of("CATEGORY_2A", "CATEGORY_2B", "CORE")) {
      JsonNode withheld = category(platform, empty);
      assertThat(withheld.get("suppressed").asBoolean()).isTrue();
      assertThat(withheld.get("cohortSize").isNull()).isTrue();
      assertThat(withheld.get("suppressionReason").asText()).contains("Fewer than 5");
    }

    JsonNode regulator = categories(as("regulator-analyst"));
    JsonNode core = category(regulator, "CORE");
    assertThat(core.get("suppressed").asBoolean()).isFalse();
    assertThat(core.get("smallCohort").asBoolean()).isTrue();
    assertThat(core.get("cohortSize").asInt()).isZero();
  }

  @Test
  void aPlatformNeverReadsAnotherPlatformsPanelOrTrend() {
    TestPlatform second = peers.get(1);
    for (String other : List.of(filings.getFirst(), filings.get(4), earlierFiling)) {
      as(second.officer())
          .get("/api/v1/filings/" + other + "/benchmark")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:not-found"));
    }
    as(second.attestor())
        .queryParam("templateCode", "CSAM-Q")
        .get("/api/v1/platforms/" + peers.getFirst().platformId() + "/score-trend")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    as(second.officer())
        .get("/api/v1/filings/" + UUID.randomUUID() + "/benchmark")
        .then()
        .statusCode(404);
  }

  @Test
  void badParametersAreRefusedEachWithItsProblem() {
    String officer = peers.get(1).officer();
    refused(officer, 400, "unknown-size-band", "query.sizeBand", "sizeBand", "huge");
    refused(officer, 400, "invalid-period", "query.periodStart", "periodStart", "2741-02-01");
    refused(officer, 400, "unknown-template-code", "query.templateCode", "templateCode", "NOPE");
    refused(officer, 400, "invalid-request", "category", "category", "CATEGORY_9");
    refused(officer, 400, "invalid-request", "sizeBand", "sizeBand", "x".repeat(33));
    as("regulator-analyst")
        .queryParam("periodStart", QUARTER.toString())
        .get("/api/v1/benchmarks")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body("errors[0].field", equalTo("templateCode"));
    as("regulator-analyst")
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", "2741-13-01")
        .get("/api/v1/benchmarks/categories")
        .then()
        .statusCode(400);
    as("regulator-analyst")
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", "2741-01-02")
        .get("/api/v1/benchmarks/categories")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-period"));
    as("regulator-analyst")
        .queryParam("templateCode", "NOPE")
        .get("/api/v1/platforms/" + peers.get(1).platformId() + "/score-trend")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:unknown-template-code"));
  }

  private static void refused(
      String caller, int status, String code, String field, String parameter, String value) {
    Map<String, String> query =
        new java.util.HashMap<>(
            Map.of(
                "templateCode",
                "CSAM-Q",
                "periodStart",
                QUARTER.toString(),
                "category",
                "CATEGORY_1"));
    query.put(parameter, value);
    as(caller)
        .queryParams(query)
        .get("/api/v1/benchmarks")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:" + code))
        .body("errors[0].field", equalTo(field));
  }

  private static void assertTotals(JsonNode total) {
    assertThat(total.get("code").asText()).isEqualTo("total");
    assertThat(total.get("cohortSize").asInt()).isEqualTo(5);
    assertDistribution(
        total.get("distribution"), "78.164", "82.5", "89.58", "89.58", "92.916", "71.88", "100.2");
  }

  private static void assertDistribution(
      JsonNode distribution,
      String p5,
      String p25,
      String median,
      String p75,
      String p95,
      String lowerFence,
      String upperFence) {
    assertThat(distribution.get("p5").decimalValue()).isEqualByComparingTo(p5);
    assertThat(distribution.get("p25").decimalValue()).isEqualByComparingTo(p25);
    assertThat(distribution.get("median").decimalValue()).isEqualByComparingTo(median);
    assertThat(distribution.get("p75").decimalValue()).isEqualByComparingTo(p75);
    assertThat(distribution.get("p95").decimalValue()).isEqualByComparingTo(p95);
    assertThat(distribution.get("lowerFence").decimalValue()).isEqualByComparingTo(lowerFence);
    assertThat(distribution.get("upperFence").decimalValue()).isEqualByComparingTo(upperFence);
  }

  /** The other peers' platform and filing ids. */
  private static List<String> othersIds(int self) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      if (i != self) {
        ids.add(peers.get(i).platformId());
        ids.add(filings.get(i));
      }
    }
    return ids;
  }

  static JsonNode benchmark(RequestSpecification caller, String... parameters) throws IOException {
    return benchmark(caller, QUARTER, parameters);
  }

  static JsonNode benchmark(RequestSpecification caller, LocalDate quarter, String... parameters)
      throws IOException {
    caller.queryParam("templateCode", "CSAM-Q").queryParam("periodStart", quarter.toString());
    for (int i = 0; i < parameters.length; i += 2) {
      caller.queryParam(parameters[i], parameters[i + 1]);
    }
    return JSON.readTree(
        caller
            .get("/api/v1/benchmarks")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .asString());
  }

  static JsonNode panel(RequestSpecification caller, String filing) throws IOException {
    return JSON.readTree(
        caller
            .get("/api/v1/filings/" + filing + "/benchmark")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static JsonNode categories(RequestSpecification caller) throws IOException {
    return JSON.readTree(
        caller
            .queryParam("templateCode", "CSAM-Q")
            .queryParam("periodStart", QUARTER.toString())
            .get("/api/v1/benchmarks/categories")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  static JsonNode indicator(JsonNode benchmark, String code) {
    for (JsonNode indicator : benchmark.get("indicators")) {
      if (indicator.get("code").asText().equals(code)) {
        return indicator;
      }
    }
    throw new AssertionError("No indicator " + code + " in " + benchmark);
  }

  static JsonNode standing(JsonNode position, String code) {
    return indicator(position, code);
  }

  private static JsonNode category(JsonNode categories, String code) {
    for (JsonNode category : categories.get("categories")) {
      if (category.get("category").asText().equals(code)) {
        return category;
      }
    }
    throw new AssertionError("No category " + code);
  }
}
