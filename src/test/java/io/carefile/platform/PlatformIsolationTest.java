package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A platform's people and systems see their own platform only; another platform's record answers
 * exactly as a missing one would. Regulators see every platform.
 */
@QuarkusTest
class PlatformIsolationTest {

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
}
