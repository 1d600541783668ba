package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A platform's people and systems see their own platform only; another platform's record answers
 * exactly as a missing one would. Regulators see every platform.
 */
@QuarkusTest
class PlatformIsolationTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @ParameterizedTest
  @CsvSource({
    "user, northwind-officer, " + Tokens.NORTHWIND_ID + ", " + Tokens.BRIGHTSEARCH_ID,
    "user, northwind-attestor, " + Tokens.NORTHWIND_ID + ", " + Tokens.BRIGHTSEARCH_ID,
    "client, northwind-filer, " + Tokens.NORTHWIND_ID + ", " + Tokens.BRIGHTSEARCH_ID,
    "user, brightsearch-officer, " + Tokens.BRIGHTSEARCH_ID + ", " + Tokens.NORTHWIND_ID,
    "client, brightsearch-filer, " + Tokens.BRIGHTSEARCH_ID + ", " + Tokens.NORTHWIND_ID
  })
  void platformCallerReadsOwnPlatformAndNeverAnother(
      String kind, String who, String own, String other) {
    String token = "client".equals(kind) ? Tokens.serviceAccount(who) : Tokens.user(who);

    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms/{id}", own)
        .then()
        .statusCode(200)
        .body("id", equalTo(own));

    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms/{id}", other)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:not-found"));

    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("items.id", contains(own))
        .body("items.id", not(hasItems(other)))
        .body("totalItems", equalTo(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"regulator-analyst", "regulator-enforcement", "regulator-admin"})
  void regulatorReadsEveryPlatform(String who) {
    String token = Tokens.user(who);
    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(Tokens.NORTHWIND_ID, Tokens.BRIGHTSEARCH_ID));
    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms/{id}", Tokens.BRIGHTSEARCH_ID)
        .then()
        .statusCode(200)
        .body("legalName", equalTo("Bright Search Ltd"));
  }

  @ParameterizedTest
  @CsvSource({
    "user, northwind-officer, " + Tokens.NORTHWIND_ID,
    "user, brightsearch-attestor, " + Tokens.NORTHWIND_ID,
    "client, brightsearch-filer, " + Tokens.NORTHWIND_ID,
    "user, regulator-analyst, " + Tokens.NORTHWIND_ID
  })
  void onlyRegulatorAdminsChangeAPlatformsStatus(String kind, String who, String platform) {
    String token = "client".equals(kind) ? Tokens.serviceAccount(who) : Tokens.user(who);
    given()
        .header("Authorization", Tokens.bearer(token))
        .contentType("application/json")
        .body("{\"status\": \"SUSPENDED\", \"reason\": \"test\", \"expectedVersion\": 0}")
        .put("/api/v1/platforms/{id}/status", platform)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .get("/api/v1/platforms/{id}", platform)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
  }

  @ParameterizedTest
  @CsvSource({
    "user, northwind-officer",
    "user, northwind-attestor",
    "client, northwind-filer",
    "user, brightsearch-officer",
    "client, brightsearch-filer",
    "user, regulator-analyst",
    "user, regulator-enforcement"
  })
  void onlyRegulatorAdminsOnboardAndEditPlatforms(String kind, String who) {
    String token = "client".equals(kind) ? Tokens.serviceAccount(who) : Tokens.user(who);
    NewPlatform request = new NewPlatform();

    given()
        .header("Authorization", Tokens.bearer(token))
        .contentType("application/json")
        .body(request.body())
        .post("/api/v1/platforms")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:forbidden"));
    assertThat(new PlatformRecords(dataSource).platformsWithSlug(request.slug)).isZero();
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();

    int version =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
            .get("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
            .then()
            .extract()
            .path("version");
    given()
        .header("Authorization", Tokens.bearer(token))
        .contentType("application/json")
        .body(Map.of("profile", request.profile(), "expectedVersion", version))
        .put("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .get("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
        .then()
        .body("legalName", equalTo("Northwind Social Ltd"))
        .body("version", equalTo(version));
  }

  @ParameterizedTest
  @CsvSource({
    "user, northwind-officer",
    "user, northwind-attestor",
    "client, northwind-filer",
    "user, brightsearch-officer",
    "client, brightsearch-filer"
  })
  void aNewPlatformIsInvisibleToOtherPlatforms(String kind, String who) {
    String token = "client".equals(kind) ? Tokens.serviceAccount(who) : Tokens.user(who);
    NewPlatform.Onboarded platform = new NewPlatform().onboard();

    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms/{id}", platform.id())
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    // Filters narrow the caller's own scope; they never widen it.
    given()
        .header("Authorization", Tokens.bearer(token))
        .queryParam("q", platform.slug())
        .queryParam("status", "ACTIVE")
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"regulator-analyst", "regulator-enforcement", "regulator-admin"})
  void regulatorsReadANewPlatform(String who) {
    NewPlatform.Onboarded platform = new NewPlatform().onboard();
    given()
        .header("Authorization", Tokens.bearer(Tokens.user(who)))
        .get("/api/v1/platforms/{id}", platform.id())
        .then()
        .statusCode(200)
        .body("slug", equalTo(platform.slug()));
    given()
        .header("Authorization", Tokens.bearer(Tokens.user(who)))
        .queryParam("q", platform.slug())
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(platform.id().toString()));
  }

  @Test
  void anonymousCallersCannotOnboardOrEdit() {
    NewPlatform request = new NewPlatform();
    given()
        .contentType("application/json")
        .body(request.body())
        .post("/api/v1/platforms")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body(Map.of("profile", request.profile(), "expectedVersion", 0))
        .put("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
