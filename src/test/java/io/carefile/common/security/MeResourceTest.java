package io.carefile.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

  @Test
  void platformOfficerIsScopedToTheirPlatform() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .get("/api/v1/me")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("username", equalTo("northwind-attestor"))
        .body("displayName", equalTo("Tom Hargreaves"))
        .body("roles", containsInAnyOrder("platform-officer", "platform-attestor"))
        .body("platformId", equalTo(Tokens.NORTHWIND_ID))
        .body("platformScoped", equalTo(true));
  }

  @Test
  void regulatorSeesAllPlatforms() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-analyst")))
        .get("/api/v1/me")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("roles", contains("regulator-analyst"))
        .body("platformId", nullValue())
        .body("platformScoped", equalTo(false));
  }

  @Test
  void serviceAccountNamesItsPlatform() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.serviceAccount("brightsearch-filer")))
        .get("/api/v1/me")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("username", equalTo("service-account-brightsearch-filer"))
        .body("roles", contains("platform-officer"))
        .body("platformId", equalTo(Tokens.BRIGHTSEARCH_ID));
  }

  @Test
  void anonymousCallerGetsProblem401() {
    given()
        .get("/api/v1/me")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("type", equalTo("urn:carefile:problem:unauthenticated"));
  }
}
