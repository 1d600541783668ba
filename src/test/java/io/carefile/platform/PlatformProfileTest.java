package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Editing a platform's profile re-derives its category, is optimistic-locked, and is audited when
 * something changed.
 */
@QuarkusTest
class PlatformProfileTest {

  private static final String UPDATED = "platform.profile-updated";

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void editingTheFiguresRecomputesTheCategory() {
    NewPlatform request =
        new NewPlatform().figures(List.of("USER_TO_USER"), List.of("CONTENT_RECOMMENDER"), 900_000);
    NewPlatform.Onboarded platform = request.onboard();
    PlatformRecords records = new PlatformRecords(dataSource);
    asAdmin().get("/api/v1/platforms/{id}", platform.id()).then().body("category", equalTo("CORE"));

    Map<String, Object> profile = request.profile();
    profile.put("serviceFeatures", List.of("CONTENT_RECOMMENDER", "RESHARING"));
    profile.put("ukMonthlyActiveUsers", 7_000_001);
    profile.put("legalName", "Renamed " + request.token + " plc");
    put(platform.id(), profile, 0)
        .then()
        .statusCode(200)
        .body("category", equalTo("CATEGORY_1"))
        .body("legalName", equalTo("Renamed " + request.token + " plc"))
        .body("serviceFeatures", contains("CONTENT_RECOMMENDER", "RESHARING"))
        .body("ukMonthlyActiveUsers", equalTo(7_000_001))
        .body("slug", equalTo(platform.slug()))
        .body("version", equalTo(1));
    assertThat(records.auditEvents(UPDATED, platform.id())).isEqualTo(1);

    profile.put("serviceKinds", List.of("SEARCH"));
    profile.put("serviceFeatures", List.of());
    put(platform.id(), profile, 1)
        .then()
        .statusCode(200)
        .body("category", equalTo("CATEGORY_2A"))
        .body("version", equalTo(2));
    profile.put("ukMonthlyActiveUsers", 7_000_000);
    put(platform.id(), profile, 2)
        .then()
        .statusCode(200)
        .body("category", equalTo("CORE"))
        .body("version", equalTo(3));

    asAdmin()
        .get("/api/v1/platforms/{id}", platform.id())
        .then()
        .body("category", equalTo("CORE"))
        .body("serviceKinds", contains("SEARCH"))
        .body("version", equalTo(3));
    assertThat(records.auditEvents(UPDATED, platform.id())).isEqualTo(3);
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    NewPlatform request = new NewPlatform();
    NewPlatform.Onboarded platform = request.onboard();
    Map<String, Object> profile = request.profile();
    profile.put("ukMonthlyActiveUsers", 3_000_001);
    put(platform.id(), profile, 0).then().statusCode(200).body("category", equalTo("CATEGORY_2B"));

    profile.put("ukMonthlyActiveUsers", 10);
    put(platform.id(), profile, 0)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:stale-version"));

    asAdmin()
        .get("/api/v1/platforms/{id}", platform.id())
        .then()
        .body("ukMonthlyActiveUsers", equalTo(3_000_001))
        .body("category", equalTo("CATEGORY_2B"))
        .body("version", equalTo(1));
    assertThat(new PlatformRecords(dataSource).auditEvents(UPDATED, platform.id())).isEqualTo(1);
  }

  @Test
  void sendingTheSameProfileAgainChangesNothing() {
    NewPlatform request = new NewPlatform();
    NewPlatform.Onboarded platform = request.onboard();
    Map<String, Object> profile = request.profile();
    // The same amount written with fewer decimals is the same figure.
    profile.put(
        "qualifyingRevenue",
        Map.of("amount", 125000000.5, "currency", "GBP", "financialYearEnd", "2025-12-31"));

    put(platform.id(), profile, 0).then().statusCode(200).body("version", equalTo(0));
    assertThat(new PlatformRecords(dataSource).auditEvents(UPDATED, platform.id())).isZero();
  }

  @Test
  void invalidProfileIsRefusedFieldByField() {
    NewPlatform request = new NewPlatform();
    NewPlatform.Onboarded platform = request.onboard();
    Map<String, Object> profile = request.profile();
    profile.put("country", "gb");
    profile.put("companyNumber", "12/34");
    profile.put("ukMonthlyActiveUsers", null);
    profile.put(
        "qualifyingRevenue",
        Map.of(
            "amount", new BigDecimal("-1"), "currency", "GBP", "financialYearEnd", "2999-12-31"));

    asAdmin()
        .contentType("application/json")
        .body(Map.of("profile", profile))
        .put("/api/v1/platforms/{id}", platform.id())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder(
                "expectedVersion",
                "profile.country",
                "profile.companyNumber",
                "profile.ukMonthlyActiveUsers",
                "profile.qualifyingRevenue.amount",
                "profile.qualifyingRevenue.financialYearEnd"));
    asAdmin()
        .get("/api/v1/platforms/{id}", platform.id())
        .then()
        .body("country", equalTo("GB"))
        .body("version", equalTo(0));
  }

  @Test
  void anUnknownPlatformIsNotFound() {
    put(UUID.randomUUID(), new NewPlatform().profile(), 0)
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  private static io.restassured.response.Response put(
      UUID id, Map<String, Object> profile, int expectedVersion) {
    return asAdmin()
        .contentType("application/json")
        .body(Map.of("profile", profile, "expectedVersion", expectedVersion))
        .put("/api/v1/platforms/{id}", id);
  }

  private static RequestSpecification asAdmin() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")));
  }
}
