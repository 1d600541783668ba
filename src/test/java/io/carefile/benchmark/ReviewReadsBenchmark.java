package io.carefile.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regulator's reads on a full register: 100,000 scored submissions (1,000 platforms, 8 quarters
 * of CSAM-Q, amendments making up the rest), then the review queue's first page with each filter, a
 * return's benchmark panel and the category distribution, timed over HTTP with a real analyst's
 * token. Not a test: it measures and reports (target p95 &lt; 200 ms), and fails only if a request
 * fails. The rows are written with set-based SQL as the owner, as they would stand after those
 * submissions; see docs/benchmark.md ("Review reads") for what they hold and the command.
 */
@QuarkusTest
@Tag("benchmark")
class ReviewReadsBenchmark {

  private static final Path REPORT = Path.of("target/benchmark/review-reads.md");
  private static final int PLATFORMS = Integer.getInteger("benchmark.review.platforms", 1000);
  private static final int QUARTERS = 8;
  private static final int SUBMISSIONS =
      Integer.getInteger("benchmark.review.submissions", 100_000);
  private static final int WARMUP = Integer.getInteger("benchmark.review.warmup", 50);
  private static final int REQUESTS = Integer.getInteger("benchmark.review.requests", 200);
  private static final double TARGET_P95_MILLIS = 200;

  @Inject
  @io.quarkus.agroal.DataSource("owner")
  DataSource dataSource;

  @ConfigProperty(name = "carefile.embedded-postgres.directory")
  String postgresDirectory;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void reviewReads() throws Exception {
    StringBuilder report = new StringBuilder("# Review reads\n\n");
    long seeding = System.nanoTime();
    ReviewRegister register = ReviewRegister.seed(dataSource, PLATFORMS, QUARTERS, SUBMISSIONS);
    report
        .append("- register: ")
        .append(register.describe())
        .append(", written in ")
        .append(String.format("%.1f s", (System.nanoTime() - seeding) / 1e9))
        .append("\n- requests per row: ")
        .append(REQUESTS)
        .append(" after ")
        .append(WARMUP)
        .append(" not measured, one client, analyst's bearer token\n\n")
        .append("| read | requests | p50 ms | p95 ms | p99 ms | max ms | p95 < 200 ms |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");

    String token = Tokens.user("regulator-analyst");
    Map<String, List<String>> reads = reads(register);
    Map<String, String> plans = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> read : reads.entrySet()) {
      for (int i = 0; i < WARMUP; i++) {
        get(token, read.getValue().get(i % read.getValue().size()));
      }
      long[] nanos = new long[REQUESTS];
      for (int i = 0; i < REQUESTS; i++) {
        String path = read.getValue().get(i % read.getValue().size());
        long start = System.nanoTime();
        get(token, path);
        nanos[i] = System.nanoTime() - start;
      }
      Latencies latencies = Latencies.of(nanos, 0, 0);
      report.append(
          String.format(
              "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |%n",
              read.getKey(),
              REQUESTS,
              latencies.percentileMillis(0.50),
              latencies.percentileMillis(0.95),
              latencies.percentileMillis(0.99),
              latencies.maxMillis(),
              latencies.percentileMillis(0.95) < TARGET_P95_MILLIS ? "yes" : "no"));
      plans.put(read.getKey(), explained(token, read.getValue().getFirst()));
    }
    report.append("\n## Query plans, key lines\n\n");
    plans.forEach(
        (read, plan) ->
            report.append("### ").append(read).append("\n\n```\n").append(plan).append("```\n\n"));
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);
    System.out.println(report);
  }

  /** Each read timed, with the paths it cycles through. */
  private static Map<String, List<String>> reads(ReviewRegister register) {
    Map<String, List<String>> reads = new LinkedHashMap<>();
    String queue = "/api/v1/reviews?size=25";
    reads.put("queue, no filter", List.of(queue));
    reads.put("queue, template", List.of(queue + "&templateCode=CSAM-Q"));
    reads.put("queue, period", List.of(queue + "&periodStart=" + register.latestQuarter()));
    reads.put("queue, category", List.of(queue + "&category=CATEGORY_2B"));
    reads.put("queue, band", List.of(queue + "&band=RED"));
    reads.put("queue, late", List.of(queue + "&late=true"));
    reads.put("queue, status", List.of(queue + "&status=QUERIED"));
    reads.put("queue, assignee", List.of(queue + "&assignee=regulator-analyst"));
    reads.put("queue, unassigned", List.of(queue + "&assignee=none"));
    reads.put("queue, rule id", List.of(queue + "&ruleId=CSAMQ-W001"));
    List<String> panels = new ArrayList<>();
    for (UUID filing : register.sampleFilings()) {
      panels.add("/api/v1/filings/" + filing + "/benchmark");
    }
    reads.put("benchmark panel of a return", panels);
    reads.put(
        "category distribution",
        List.of(
            "/api/v1/benchmarks/categories?templateCode=CSAM-Q&periodStart="
                + register.latestQuarter()));
    return reads;
  }

  private String get(String token, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(CarefileTestEnvironment.applicationUrl() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return response.body();
  }

  /** The plans of the statements one request ran. */
  private String explained(String token, String path) {
    return new AutoExplain(dataSource, postgresDirectory)
        .during(
            0,
            () -> {
              try {
                return get(token, path);
              } catch (Exception e) {
                throw new IllegalStateException("GET " + path + " failed", e);
              }
            })
        .plans();
  }
}
