package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASES;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.count;
import static io.carefile.enforcement.EnforcementFixtures.open;
import static io.carefile.enforcement.EnforcementFixtures.opening;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.stepped;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.amendExplained;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.csamQExplained;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cases opened on the events that call for them, in the event's transaction: a return whose band
 * that counts is RED (submitted so, or overridden to it) and a rejected return, each exactly once
 * while its case is open, however often the event repeats.
 */
@QuarkusTest
class CaseTriggersTest {

  static final String ANALYST = "regulator-analyst";

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  /** A CSAM-Q return that scores RED (removal, speed, user reports and URL blocking at 0). */
  static Map<String, Object> redValues() {
    return ReturnSamples.with(
        ReturnSamples.csamQuarter(),
        "items_removed",
        800,
        "median_hours_to_removal",
        new BigDecimal("80"),
        "p90_hours_to_removal",
        new BigDecimal("100"),
        "user_reports_actioned_24h",
        200,
        "url_blocking_enabled",
        false);
  }

  @Test
  void aRedReturnOpensOneCaseAndASecondRedAmendmentNoOther() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = csamQExplained(platform, redValues());

    assertThat(casesOn(filing, "RED_SCORE")).isEqualTo(1);
    JsonPath opened = onlyCase(platform, "RED_SCORE");
    assertThat(opened.getString("stage")).isEqualTo("OPEN");
    assertThat(opened.getString("openedBy")).isEqualTo("system");
    assertThat(opened.getList("grounds.kind")).containsExactly("RED_SCORE");
    assertThat(opened.getString("grounds[0].filingId")).isEqualTo(filing);
    assertThat(opened.getInt("grounds[0].versionNumber")).isEqualTo(1);
    assertThat(opened.getString("grounds[0].finding")).contains("RED");
    // The platform sees the case its submission opened.
    assertThat(read(platform.officer(), opened.getString("id")).getString("trigger"))
        .isEqualTo("RED_SCORE");
    JsonPath history =
        as(OFFICER)
            .get(CASES + "/{id}/history", opened.getString("id"))
            .then()
            .extract()
            .jsonPath();
    assertThat(history.getList("items.actor")).containsExactly("system");

    amendExplained(platform, filing, Map.of("items_removed", 790));
    assertThat(casesOn(filing, "RED_SCORE")).isEqualTo(1);
    // An officer cannot open a second case on it either.
    refused(
        open(OFFICER, opening(platform, List.of(Map.of("kind", "RED_SCORE", "filingId", filing)))),
        409,
        "case-ground-already-open");

    // Once that case is closed, RED again is a new case.
    String first = opened.getString("id");
    stepped(first, transition("CLOSE_NO_ACTION", version(first)));
    amendExplained(platform, filing, Map.of("items_removed", 780));
    assertThat(casesOn(filing, "RED_SCORE")).isEqualTo(2);
  }

  @Test
  void aGreenReturnOpensNoCaseUntilAnAnalystOverridesItToRed() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = csamQExplained(platform, ReturnSamples.csamQuarter());
    assertThat(casesOn(filing, "RED_SCORE")).isZero();

    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "band",
                "RED",
                "reasonCode",
                "REGULATOR_INTELLIGENCE",
                "comment",
                "Known to be far worse than filed"))
        .post("/api/v1/filings/" + filing + "/score-override")
        .then()
        .statusCode(201);
    assertThat(casesOn(filing, "RED_SCORE")).isEqualTo(1);
    assertThat(onlyCase(platform, "RED_SCORE").getString("grounds[0].finding"))
        .contains("override");
  }

  @Test
  void aRejectedReturnOpensOneCaseAndARejectionOfItsAmendmentNoOther() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = csamQExplained(platform, ReturnSamples.csamQuarter());
    rejectInReview(filing);

    assertThat(casesOn(filing, "REJECTED_RETURN")).isEqualTo(1);
    JsonPath opened = onlyCase(platform, "REJECTED_RETURN");
    assertThat(opened.getString("grounds[0].filingId")).isEqualTo(filing);
    assertThat(opened.getInt("grounds[0].versionNumber")).isEqualTo(1);
    assertThat(casesOn(filing, "RED_SCORE")).isZero();

    amendExplained(platform, filing, Map.of("items_removed", 985));
    rejectInReview(filing);
    assertThat(casesOn(filing, "REJECTED_RETURN")).isEqualTo(1);
  }

  /** How many cases have a ground of this kind on the return. */
  private long casesOn(String filing, String kind) throws SQLException {
    return count(
        owner,
        "select count(distinct case_id) from enforcement_case_ground where filing_id = ?::uuid"
            + " and kind = '"
            + kind
            + "'",
        filing);
  }

  private static JsonPath onlyCase(TestPlatform platform, String trigger) {
    List<String> ids =
        as(OFFICER)
            .queryParam("platformId", platform.platformId())
            .queryParam("trigger", trigger)
            .get(CASES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(ids).hasSize(1);
    return read(OFFICER, ids.getFirst());
  }

  /** The analyst takes the return into review and rejects it. */
  private static void rejectInReview(String filing) {
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", ANALYST, "expectedVersion", reviewVersion(filing)))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("INCOMPLETE"),
                "text",
                "The return leaves out the trusted flaggers' figures.",
                "expectedVersion",
                reviewVersion(filing)))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201);
  }

  private static long reviewVersion(String filing) {
    return as(ANALYST)
        .get("/api/v1/reviews/" + filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
