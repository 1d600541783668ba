package io.carefile.common.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and API clients reach without a token: health, metrics and the API docs. */
@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void readinessCoversTheDatabaseAndKeycloak() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("keycloak", "Database connections health check"))
        .body("checks.find { it.name == 'keycloak' }.status", equalTo("UP"));
  }

  @Test
  void livenessIsUp() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void prometheusMetricsAreExposed() {
    given().get("/api/v1/me").then().statusCode(401);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("http_server_requests_seconds_count{"))
        .body(containsString("uri=\"/api/v1/me\""));
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Carefile API"))
        .body("paths.keySet()", hasItems("/api/v1/me", "/api/v1/platforms", "/api/v1/audit/verify"))
        .body(
            "components.schemas.Problem.properties.type.description",
            equalTo("Stable, machine-readable problem type"));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
