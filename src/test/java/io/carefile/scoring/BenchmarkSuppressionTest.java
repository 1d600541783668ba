package io.carefile.scoring;

import static io.carefile.scoring.BenchmarkApiTest.benchmark;
import static io.carefile.scoring.BenchmarkApiTest.indicator;
import static io.carefile.scoring.BenchmarkApiTest.panel;
import static io.carefile.scoring.BenchmarkPeers.file;
import static io.carefile.scoring.BenchmarkPeers.medianHours;
import static io.carefile.scoring.BenchmarkPeers.quarter;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small-cohort suppression at k - 1 and k (k = 5, the default), in a quarter of its own (see {@link
 * BenchmarkPeers}): with four platforms filed a platform sees nothing about its peers, not even how
 * many they are, while regulators see everything flagged smallCohort; the fifth return lifts it.
 * And a filing counts once, with its latest submitted version: an amendment replaces its value.
 */
@QuarkusTest
class BenchmarkSuppressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate QUARTER = quarter(4);

  @Test
  void belowKAPlatformSeesNothingAboutItsPeersAtKItSeesTheirDistribution() throws IOException {
    List<TestPlatform> peers = BenchmarkPeers.five();
    List<String> filings = new ArrayList<>();
    for (TestPlatform peer : peers.subList(0, 4)) {
      filings.add(file(peer, QUARTER, ReturnSamples.csamQuarter()));
    }
    TestPlatform first = peers.getFirst();

    // k - 1 = 4 platforms.
    String body = rawBenchmark(first);
    JsonNode withheld = JSON.readTree(body);
    assertThat(withheld.get("suppressed").asBoolean()).isTrue();
    assertThat(withheld.get("smallCohort").asBoolean()).isTrue();
    assertThat(withheld.get("minCohort").asInt()).isEqualTo(5);
    assertThat(withheld.get("suppressionReason").asText()).contains("fewer than 5 platforms");
    assertThat(withheld.get("cohortSize").isNull()).isTrue();
    assertThat(withheld.get("total").isNull()).isTrue();
    assertThat(withheld.get("indicators")).isEmpty();
    assertThat(body).doesNotContain("89.58").doesNotContain(peers.get(1).platformId());

    JsonNode panel = panel(as(first.officer()), filings.getFirst());
    assertThat(panel.get("groups")).hasSize(2);
    for (JsonNode group : panel.get("groups")) {
      assertThat(group.get("suppressed").asBoolean()).isTrue();
      assertThat(group.get("cohortSize").isNull()).isTrue();
      assertThat(group.get("total").isNull()).isTrue();
      assertThat(group.get("indicators")).isEmpty();
    }
    JsonNode categories =
        JSON.readTree(
            as(first.attestor())
                .queryParam("templateCode", "CSAM-Q")
                .queryParam("periodStart", QUARTER.toString())
                .get("/api/v1/benchmarks/categories")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(categories.get("categories").get(0).get("category").asText())
        .isEqualTo("CATEGORY_1");
    assertThat(categories.get("categories").get(0).get("suppressed").asBoolean()).isTrue();
    assertThat(categories.get("categories").get(0).get("distribution").isNull()).isTrue();

    JsonNode regulator = benchmark(as("regulator-analyst"), QUARTER, "category", "CATEGORY_1");
    assertThat(regulator.get("cohortSize").asInt()).isEqualTo(4);
    assertThat(regulator.get("smallCohort").asBoolean()).isTrue();
    assertThat(regulator.get("suppressed").asBoolean()).isFalse();
    assertThat(regulator.at("/total/distribution/median").decimalValue())
        .isEqualByComparingTo("89.58");
    JsonNode regulatorPanel = panel(as("regulator-analyst"), filings.getFirst());
    assertThat(regulatorPanel.at("/groups/0/smallCohort").asBoolean()).isTrue();
    assertThat(regulatorPanel.at("/groups/0/total/percentile").decimalValue())
        .isEqualByComparingTo("50");

    // k = 5 platforms.
    TestPlatform fifth = peers.get(4);
    String fifthFiling = file(fifth, QUARTER, ReturnSamples.csamQuarter());
    JsonNode shown = JSON.readTree(rawBenchmark(first));
    assertThat(shown.get("suppressed").asBoolean()).isFalse();
    assertThat(shown.get("smallCohort").asBoolean()).isFalse();
    assertThat(shown.get("cohortSize").asInt()).isEqualTo(5);
    assertThat(shown.at("/total/distribution/median").decimalValue()).isEqualByComparingTo("89.58");
    JsonNode placed = panel(as(first.officer()), filings.getFirst());
    // Five equal totals: ties counted half put each at 50.
    assertThat(placed.at("/groups/0/total/percentile").decimalValue()).isEqualByComparingTo("50");
    assertThat(placed.at("/groups/1/total/percentile").decimalValue()).isEqualByComparingTo("50");

    // The fifth amends its return: it still counts once, with its latest version.
    BenchmarkPeers.amend(fifth, fifthFiling, medianHours("100"));
    JsonNode amended = benchmark(as("regulator-analyst"), QUARTER, "category", "CATEGORY_1");
    assertThat(amended.get("cohortSize").asInt()).isEqualTo(5);
    assertThat(amended.at("/total/cohortSize").asInt()).isEqualTo(5);
    // Totals 77.08 and four of 89.58: P5 = 77.08 + 0.2 x 12.5 = 79.58; the rest 89.58.
    assertThat(amended.at("/total/distribution/p5").decimalValue()).isEqualByComparingTo("79.58");
    assertThat(amended.at("/total/distribution/p25").decimalValue()).isEqualByComparingTo("89.58");
    // No spread among the others: the amended 77.08 is a low outlier, its v2 named.
    JsonNode outliers = amended.at("/total/outliers");
    assertThat(outliers).hasSize(1);
    assertThat(outliers.get(0).get("filingId").asText()).isEqualTo(fifthFiling);
    assertThat(outliers.get(0).get("value").decimalValue()).isEqualByComparingTo("77.08");
    assertThat(outliers.get(0).get("side").asText()).isEqualTo("LOW");
    JsonNode speed = indicator(amended, "removal_speed");
    assertThat(speed.get("cohortSize").asInt()).isEqualTo(5);
    assertThat(speed.at("/distribution/p95").decimalValue())
        .isEqualByComparingTo(
            new BigDecimal("2.5").add(new BigDecimal("0.8").multiply(new BigDecimal("97.5"))));

    JsonNode fifthPanel = panel(as(fifth.officer()), fifthFiling);
    assertThat(fifthPanel.get("versionNumber").asInt()).isEqualTo(2);
    assertThat(fifthPanel.at("/groups/0/total/value").decimalValue()).isEqualByComparingTo("77.08");
    assertThat(fifthPanel.at("/groups/0/total/percentile").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(fifthPanel.at("/groups/0/total/outlier").asText()).isEqualTo("LOW");
  }

  private static String rawBenchmark(TestPlatform platform) {
    return as(platform.officer())
        .queryParams(
            Map.of(
                "templateCode", "CSAM-Q",
                "periodStart", QUARTER.toString(),
                "category", "CATEGORY_1"))
        .get("/api/v1/benchmarks")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
