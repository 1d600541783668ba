package io.carefile.scoring;

import static io.carefile.scoring.BenchmarkApiTest.benchmark;
import static io.carefile.scoring.BenchmarkPeers.file;
import static io.carefile.scoring.BenchmarkPeers.medianHours;
import static io.carefile.scoring.BenchmarkPeers.quarter;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.carefile.common.json.CanonicalJson;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frozen benchmark snapshots, in a quarter of their own (see {@link BenchmarkPeers}): the result,
 * the digest of each input and of both; verification recomputes from exactly the recorded inputs,
 * so an amendment since changes today's benchmark and not the snapshot's, while a tampered input
 * digest is reported. Snapshots are the regulator's: platform users are refused, and bad requests
 * store nothing.
 */
@QuarkusTest
class BenchmarkSnapshotTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate QUARTER = quarter(7);
  private static final String SNAPSHOTS = "/api/v1/benchmarks/snapshots";

  private static List<TestPlatform> peers;
  private static List<String> filings;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @BeforeEach
  void fivePeersHaveFiled() {
    if (filings != null) {
      return;
    }
    peers = BenchmarkPeers.five();
    List<String> hours = List.of("0.5", "2", "2", "8", "100");
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      filed.add(file(peers.get(i), QUARTER, medianHours(hours.get(i))));
    }
    filings = List.copyOf(filed);
  }

  @Test
  void aSnapshotKeepsItsResultAndInputsAndVerifiesFromExactlyThoseInputs()
      throws IOException, SQLException {
    JsonNode before = benchmark(as("regulator-analyst"), QUARTER, "category", "CATEGORY_1");
    long events = count("select count(*) from audit_event where entity_type = 'BenchmarkSnapshot'");

    String location =
        as("regulator-analyst")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "templateCode", "CSAM-Q",
                    "periodStart", QUARTER.toString(),
                    "category", "CATEGORY_1"))
            .post(SNAPSHOTS)
            .then()
            .statusCode(201)
            .header("Location", startsWith("http"))
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    JsonNode snapshot = read(as("regulator-admin"), SNAPSHOTS + "/" + id);

    assertThat(snapshot.get("cohortSize").asInt()).isEqualTo(5);
    assertThat(snapshot.get("minCohort").asInt()).isEqualTo(5);
    assertThat(snapshot.at("/group/category").asText()).isEqualTo("CATEGORY_1");
    assertThat(snapshot.get("createdBy").asText()).isEqualTo("regulator-analyst");
    assertThat(CanonicalJson.of(snapshot.get("result"))).isEqualTo(CanonicalJson.of(before));
    assertThat(snapshot.get("inputs")).hasSize(5);
    List<String> versions = new ArrayList<>();
    for (JsonNode input : snapshot.get("inputs")) {
      versions.add(input.get("filingVersionId").asText());
      assertThat(input.get("sha256").asText()).matches("[0-9a-f]{64}");
    }
    assertThat(versions).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
    // Anyone can recompute the snapshot's digest from what it shows.
    ObjectNode both = JSON.createObjectNode();
    both.set("inputs", snapshot.get("inputs"));
    both.set("result", snapshot.get("result"));
    assertThat(snapshot.get("sha256").asText()).isEqualTo(CanonicalJson.sha256(both));
    assertThat(count("select count(*) from audit_event where entity_type = 'BenchmarkSnapshot'"))
        .isEqualTo(events + 1);
    assertThat(
            count(
                "select count(*) from audit_event where entity_type = 'BenchmarkSnapshot' and"
                    + " entity_id = '"
                    + UUID.fromString(id)
                    + "' and action = 'benchmark.snapshot-frozen'"))
        .isEqualTo(1);

    JsonNode verified = read(as("regulator-analyst"), SNAPSHOTS + "/" + id + "/verification");
    assertThat(verified.get("verified").asBoolean()).isTrue();
    assertThat(verified.get("snapshotDigestMatches").asBoolean()).isTrue();
    assertThat(verified.get("inputsMatch").asBoolean()).isTrue();
    assertThat(verified.get("resultMatches").asBoolean()).isTrue();
    assertThat(verified.get("inputs")).hasSize(5);

    // An amendment changes today's benchmark, not the snapshot's inputs: it still verifies.
    BenchmarkPeers.amend(peers.get(1), filings.get(1), medianHours("30"));
    JsonNode after = benchmark(as("regulator-analyst"), QUARTER, "category", "CATEGORY_1");
    // Totals were 77.08 85.42 89.58 89.58 93.75; the second's amendment (30 hours: 20 points,
    // (225+200+40+200+200+100)/12 = 80.42) moves the median from 89.58 to 85.42.
    assertThat(after.at("/total/distribution/median").decimalValue()).isEqualByComparingTo("85.42");
    assertThat(before.at("/total/distribution/median").decimalValue())
        .isEqualByComparingTo("89.58");
    JsonNode stillVerified = read(as("regulator-analyst"), SNAPSHOTS + "/" + id + "/verification");
    assertThat(stillVerified.get("verified").asBoolean()).isTrue();
    assertThat(read(as("regulator-analyst"), SNAPSHOTS + "/" + id).get("result"))
        .isEqualTo(snapshot.get("result"));

    // Someone with the database's keys rewrites an input's digest: verification says which.
    String tampered = "0".repeat(64);
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        PreparedStatement update =
            connection.prepareStatement(
                "update benchmark_snapshot set inputs = jsonb_set(inputs, '{0,sha256}',"
                    + " to_jsonb(?::text)) where id = ?")) {
      connection.setAutoCommit(false);
      statement.execute(
          "alter table benchmark_snapshot disable trigger benchmark_snapshot_no_update_or_delete");
      update.setString(1, tampered);
      update.setObject(2, UUID.fromString(id));
      assertThat(update.executeUpdate()).isEqualTo(1);
      statement.execute(
          "alter table benchmark_snapshot enable trigger benchmark_snapshot_no_update_or_delete");
      connection.commit();
    }
    JsonNode broken = read(as("regulator-analyst"), SNAPSHOTS + "/" + id + "/verification");
    assertThat(broken.get("verified").asBoolean()).isFalse();
    assertThat(broken.get("inputsMatch").asBoolean()).isFalse();
    assertThat(broken.get("snapshotDigestMatches").asBoolean()).isFalse();
    assertThat(broken.get("resultMatches").asBoolean()).isTrue();
    JsonNode first = broken.get("inputs").get(0);
    assertThat(first.get("filingVersionId").asText()).isEqualTo(versions.getFirst());
    assertThat(first.get("recordedSha256").asText()).isEqualTo(tampered);
    assertThat(first.get("currentSha256").asText())
        .isEqualTo(snapshot.get("inputs").get(0).get("sha256").asText());
    assertThat(first.get("matches").asBoolean()).isFalse();
    for (int i = 1; i < 5; i++) {
      assertThat(broken.get("inputs").get(i).get("matches").asBoolean()).isTrue();
    }

    JsonNode listed =
        JSON.readTree(
            as("regulator-enforcement")
                .queryParam("periodStart", QUARTER.toString())
                .get(SNAPSHOTS)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<String> ids = new ArrayList<>();
    listed.get("items").forEach(item -> ids.add(item.get("id").asText()));
    assertThat(ids).contains(id);
    assertThat(listed.get("items").get(0).get("sha256").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void snapshotsAreTheRegulatorsPlatformUsersAreRefused() throws SQLException {
    String id = freeze(Map.of("templateCode", "CSAM-Q", "periodStart", QUARTER.toString()));
    long stored = count("select count(*) from benchmark_snapshot");
    TestPlatform platform = peers.getFirst();
    for (RequestSpecification user : List.of(as(platform.officer()), as(platform.attestor()))) {
      user.contentType(ContentType.JSON)
          .body(Map.of("templateCode", "CSAM-Q", "periodStart", QUARTER.toString()))
          .post(SNAPSHOTS)
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:carefile:problem:forbidden"));
    }
    for (String path :
        List.of(SNAPSHOTS, SNAPSHOTS + "/" + id, SNAPSHOTS + "/" + id + "/verification")) {
      as(platform.officer()).get(path).then().statusCode(403);
    }
    // Only analysts freeze.
    as("regulator-enforcement")
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "CSAM-Q", "periodStart", QUARTER.toString()))
        .post(SNAPSHOTS)
        .then()
        .statusCode(403);
    assertThat(count("select count(*) from benchmark_snapshot")).isEqualTo(stored);
    as("regulator-analyst").get(SNAPSHOTS + "/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void aBadSnapshotRequestStoresNothing() throws SQLException {
    long stored = count("select count(*) from benchmark_snapshot");
    long events = count("select count(*) from audit_event where entity_type = 'BenchmarkSnapshot'");
    refused(with("sizeBand", "huge"), "unknown-size-band", "sizeBand");
    refused(with("periodStart", QUARTER.plusDays(1).toString()), "invalid-period", "periodStart");
    refused(with("templateCode", "NOPE"), "unknown-template-code", "templateCode");
    refused(with("category", "CATEGORY_9"), "malformed-body", null);
    refused(with("sizeBand", "x".repeat(33)), "invalid-request", "sizeBand");
    Map<String, Object> missing = new HashMap<>(with("sizeBand", "34m-and-over"));
    missing.remove("templateCode");
    refused(missing, "invalid-request", "templateCode");
    assertThat(count("select count(*) from benchmark_snapshot")).isEqualTo(stored);
    assertThat(count("select count(*) from audit_event where entity_type = 'BenchmarkSnapshot'"))
        .isEqualTo(events);
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("templateCode", "CSAM-Q");
    body.put("periodStart", QUARTER.toString());
    body.put(field, value);
    return body;
  }

  private static void refused(Map<String, Object> body, String code, String field) {
    var answer =
        as("regulator-analyst")
            .contentType(ContentType.JSON)
            .body(body)
            .post(SNAPSHOTS)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:carefile:problem:" + code));
    if (field != null) {
      answer.body("errors[0].field", equalTo(field));
    }
  }

  private static String freeze(Map<String, Object> body) {
    return as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(body)
        .post(SNAPSHOTS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonNode read(RequestSpecification caller, String path) throws IOException {
    return JSON.readTree(
        caller.get(path).then().log().ifValidationFails().statusCode(200).extract().asString());
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
