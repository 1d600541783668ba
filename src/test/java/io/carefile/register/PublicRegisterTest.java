package io.carefile.register;

import static io.carefile.register.RegisterFixtures.confirmedCase;
import static io.carefile.register.RegisterFixtures.openCase;
import static io.carefile.register.RegisterFixtures.publish;
import static io.carefile.support.SubmittedReturns.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.register.RegisterFixtures.TestCase;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public register without signing in: a published decision is in the list, on its page and in
 * both CSVs; a confirmed but unpublished decision and an open case are nowhere, whatever the URL,
 * and their references are as unknown as one no case has. Figures counted over fewer than k
 * platforms are withheld.
 */
@QuarkusTest
class PublicRegisterTest {

  private static final String SUMMARY =
      "=HYPERLINK(\"http://evil.example\") Zürich office, “naïve” moderation";
  private static final String API = "/api/v1/public/register";
  private static final LocalDate DUE_QUARTER = LocalDate.of(2024, 1, 1);

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;

  private static TestPlatform platform;
  private static TestCase published;
  private static TestCase unpublished;
  private static TestCase open;

  @BeforeEach
  void arrange() {
    if (platform == null) {
      platform = TestPlatforms.newPlatform();
      published = confirmedCase(platform, clock, 2);
      publish(published, SUMMARY);
      unpublished = confirmedCase(platform, clock, 1);
      open = openCase(platform);
    }
  }

  @Test
  void aPublishedDecisionIsInTheListOnItsPageAndInTheCsvsWithoutSigningIn() {
    String list = given().get("/register/decisions").then().statusCode(200).extract().asString();
    assertThat(list).contains(published.reference()).contains("Test ");

    Response page = given().get("/register/decisions/" + published.reference());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.asString())
        .contains(published.reference())
        .contains("Zürich office")
        .contains("Requirements imposed")
        .contains("carefile-register__penalty\">None")
        .doesNotContain("Sign out");

    JsonPath json =
        given()
            .get(API + "/decisions/" + published.reference())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getString("summary")).isEqualTo(SUMMARY);
    assertThat(json.getInt("requirements")).isEqualTo(2);
    assertThat(json.getString("standing")).isEqualTo("IN_FORCE");
    assertThat(json.getString("decisionDate")).isNotNull();
    assertThat(json.getMap("penalty")).isNull();

    Response csv = given().get("/register/decisions/" + published.reference() + ".csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + published.reference() + ".csv\"");
    String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
    assertThat(body)
        .startsWith(
            "reference,platform,decision_date,published_date,requirements,standing,penalty_kind,"
                + "penalty_amount,penalty_currency,penalty_withdrawn,summary\r\n")
        .contains(
            published.reference()
                + ",Test "
                + platform.slug().substring(3)
                + ","
                + json.getString("decisionDate")
                + ","
                + json.getString("publishedDate")
                + ",2,IN_FORCE,,,,,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\") Zürich office, “naïve”"
                + " moderation\"\r\n")
        .endsWith("\r\n");

    String all =
        new String(given().get("/register/decisions.csv").asByteArray(), StandardCharsets.UTF_8);
    assertThat(all).contains(published.reference() + ",");
  }

  @Test
  void aPublishedDecisionShowsItsPenaltyAndLaterItsWithdrawal() {
    Map<String, Object> daily = new HashMap<>();
    daily.put("dailyAmount", Map.of("amount", new BigDecimal("5000"), "currency", "GBP"));
    daily.put("days", 3);
    daily.put("worldwideRevenue", Map.of("amount", new BigDecimal("100000000"), "currency", "GBP"));
    daily.put("worldwideRevenueMonths", 12);
    daily.put("imposedForSameBreach", Map.of("amount", BigDecimal.ZERO, "currency", "GBP"));
    TestCase penalised = confirmedCase(platform, clock, 0, Map.of("dailyRate", daily));
    publish(penalised, "A daily penalty for failing to report");

    JsonPath json = publicDecision(penalised);
    assertThat(json.getString("penalty.kind")).isEqualTo("DAILY_RATE");
    assertThat(json.getDouble("penalty.amount.amount")).isEqualTo(15000.0);
    assertThat(given().get(API + "/decisions/" + penalised.reference()).asString())
        .contains("\"amount\":15000.00");
    assertThat(json.getString("penalty.amount.currency")).isEqualTo("GBP");
    assertThat(json.getBoolean("penalty.withdrawn")).isFalse();
    assertThat(given().get("/register/decisions/" + penalised.reference()).asString())
        .contains("£15,000.00")
        .contains("A daily penalty for a continuing breach");
    assertThat(
            new String(
                given().get("/register/decisions/" + penalised.reference() + ".csv").asByteArray(),
                StandardCharsets.UTF_8))
        .contains(",0,IN_FORCE,DAILY_RATE,15000.00,GBP,false,A daily penalty");

    String penaltyId =
        as(RegisterFixtures.OFFICER)
            .get("/api/v1/enforcement-cases/{id}", penalised.id())
            .then()
            .statusCode(200)
            .extract()
            .path("penaltyId");
    long version =
        as(RegisterFixtures.OFFICER)
            .get("/api/v1/penalties/{id}", penaltyId)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    as(RegisterFixtures.OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Settled otherwise", "expectedVersion", version))
        .post("/api/v1/penalties/{id}/withdrawal", penaltyId)
        .then()
        .statusCode(200);
    assertThat(publicDecision(penalised).getBoolean("penalty.withdrawn")).isTrue();
    assertThat(given().get("/register/decisions/" + penalised.reference()).asString())
        .contains("£15,000.00 (withdrawn)");
  }

  private static JsonPath publicDecision(TestCase c) {
    return given()
        .get(API + "/decisions/" + c.reference())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anUnpublishedDecisionAndAnOpenCaseAreReachableNowhere() {
    String everything =
        new String(given().get("/register/decisions.csv").asByteArray(), StandardCharsets.UTF_8);
    List<String> listed = everyListedReference();
    for (TestCase hidden : List.of(unpublished, open)) {
      assertThat(everything).doesNotContain(hidden.reference());
      assertThat(listed).doesNotContain(hidden.reference());
      assertNotFoundPage("/register/decisions/" + hidden.reference());
      assertNotFoundPage("/register/decisions/" + hidden.reference() + ".csv");
      given()
          .get(API + "/decisions/" + hidden.reference())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      // Signed in makes no difference: the register answers everyone alike.
      as("regulator-enforcement")
          .get("/register/decisions/" + hidden.reference())
          .then()
          .statusCode(404);
    }
    assertNotFoundPage("/register/decisions/ENF-1999-999999");
    assertNotFoundPage("/register/decisions/" + published.reference().replace("ENF-", "ENF-0"));
    assertNotFoundPage("/register/decisions/" + published.reference().toLowerCase());
    assertNotFoundPage("/register/decisions/" + published.id());
    assertNotFoundPage("/register/no-such-page");
    given().get("/register/decisions?page=oops").then().statusCode(200);
  }

  @Test
  void figuresOfFewerThanKPlatformsAreWithheld() throws SQLException {
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "CSAM-Q", "periodStart", DUE_QUARTER.toString()))
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
    while (activePlatforms("CATEGORY_1") < 5) {
      TestPlatform more = TestPlatforms.newPlatform();
      as("regulator-admin")
          .contentType(ContentType.JSON)
          .body(Map.of("templateCode", "CSAM-Q", "periodStart", DUE_QUARTER.toString()))
          .post("/api/v1/obligations/generation")
          .then()
          .statusCode(200);
      assertThat(more).isNotNull();
    }

    JsonPath statistics =
        given().get(API + "/statistics").then().statusCode(200).extract().jsonPath();
    int k = statistics.getInt("minCohort");
    assertThat(k).isEqualTo(5);
    List<Map<String, Object>> rows = statistics.getList("returns");
    int withheld = 0;
    int shown = 0;
    for (Map<String, Object> row : rows) {
      long cohort =
          cohort(
              (String) row.get("templateCode"),
              LocalDate.parse((String) row.get("periodStart")),
              (String) row.get("category"));
      if (cohort < k) {
        withheld++;
        assertThat(row.get("withheld")).as("row %s", row).isEqualTo(true);
        for (String figure :
            List.of(
                "platforms",
                "returnsDue",
                "returnsFiled",
                "filedLate",
                "onTimeRate",
                "scoredReturns",
                "medianScore",
                "green",
                "amber",
                "red")) {
          assertThat(row.get(figure)).as("%s of %s", figure, row).isNull();
        }
        assertThat((String) row.get("withheldReason")).contains("fewer than 5 platforms");
      } else {
        shown++;
        assertThat(row.get("withheld")).as("row %s", row).isEqualTo(false);
        assertThat(((Number) row.get("platforms")).longValue()).isEqualTo(cohort);
      }
    }
    assertThat(withheld).as("rows withheld").isPositive();
    assertThat(shown).as("rows shown").isPositive();

    String csv =
        new String(
            given().get("/register/statistics/returns.csv").asByteArray(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("template,period_start,period_end,category,platforms,");
    assertThat(csv).contains("CSAM-Q,2024-01-01,2024-03-31,CATEGORY_1,");
    assertThat(csv.lines().filter(line -> line.contains(",,,,,,,,,,Counted over fewer than 5")))
        .hasSize(withheld);
    given().get("/register/statistics").then().statusCode(200).contentType("text/html");
    given()
        .get("/register/statistics/enforcement.csv")
        .then()
        .statusCode(200)
        .header("Content-Type", "text/csv; charset=utf-8");
  }

  private static List<String> everyListedReference() {
    JsonPath first =
        given().get(API + "/decisions?size=200").then().statusCode(200).extract().jsonPath();
    List<String> references = new java.util.ArrayList<>(first.getList("items.reference"));
    for (int p = 2; p <= first.getInt("totalPages"); p++) {
      references.addAll(
          given()
              .get(API + "/decisions?size=200&page=" + p)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.reference"));
    }
    return references;
  }

  private static void assertNotFoundPage(String path) {
    Response response = given().get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(404);
    assertThat(response.contentType()).as(path).startsWith("text/html");
    assertThat(response.asString())
        .as(path)
        .contains("Page not found")
        .contains("href=\"/register\"");
  }

  private long activePlatforms(String category) throws SQLException {
    return count(
        "select count(*) from platform where status = 'ACTIVE' and category = ?", category);
  }

  /** The platforms that had to file: obligations not waived and due before today. */
  private long cohort(String template, LocalDate periodStart, String category) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(distinct o.platform_id) from obligation o join platform p on"
                    + " p.id = o.platform_id where o.template_code = ? and o.period_start = ?"
                    + " and p.category = ? and o.status <> 'WAIVED' and o.due_date < ?")) {
      query.setString(1, template);
      query.setObject(2, periodStart);
      query.setString(3, category);
      query.setObject(4, LocalDate.now(ZoneId.of("Europe/London")));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
