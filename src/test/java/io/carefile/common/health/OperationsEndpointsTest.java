package io.carefile.common.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.carefile.support.CarefileTestEnvironment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What operators and API clients reach without a token: health and metrics on the management port
 * only, the API docs on the application's port.
 */
@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void readinessCoversTheDatabaseAndKeycloak() {
    management()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("keycloak", "Database connections health check"))
        .body("checks.find { it.name == 'keycloak' }.status", equalTo("UP"));
  }

  @Test
  void livenessIsUp() {
    management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void prometheusMetricsAreExposed() {
    given().get("/api/v1/me").then().statusCode(401);
    management()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("http_server_requests_seconds_count{"))
        .body(containsString("uri=\"/api/v1/me\""));
  }

  @Test
  void healthAndMetricsAreNotOnTheApplicationPort() {
    for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:not-found"));
    }
  }

  @Test
  void requestsNoRouteTookAreOneSeriesWhateverTheirPaths() {
    refuseBeforeRouting(UUID.randomUUID());
    long seriesBefore = requestSeries(metrics());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id.toString());
      refuseBeforeRouting(id);
    }
    String metrics = metrics();

    assertThat(requestSeries(metrics)).isEqualTo(seriesBefore);
    assertThat(metrics).contains("uri=\"UNROUTED\"");
    assertThat(ids).noneMatch(metrics::contains);
  }

  /** An unknown path, an unknown API path, a method no resource has, an oversized body. */
  private static void refuseBeforeRouting(UUID id) {
    given().get("/no-such-area/" + id).then().statusCode(404);
    given().get("/api/v1/no-such-resource/" + id).then().statusCode(404);
    given().delete("/api/v1/platforms/" + id).then().statusCode(405);
    given()
        .contentType("application/json")
        .body(new byte[2 * 1024 * 1024 + 1])
        .post("/api/v1/filings/" + id + "/submissions")
        .then()
        .statusCode(413);
  }

  private static String metrics() {
    return management().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  private static long requestSeries(String metrics) {
    return metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
  }

  private static RequestSpecification management() {
    return given().baseUri(CarefileTestEnvironment.managementUrl());
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
  void openApiDocumentPublishesOnlyTheApiAndItsSchemas() {
    JsonPath document =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(document.<String, Object>getMap("paths").keySet())
        .isNotEmpty()
        .allMatch(p -> p.startsWith("/api/"));
    assertThat(document.<String, Object>getMap("components.schemas").keySet())
        .contains("Problem", "Filing", "Submission", "Receipt")
        .noneMatch(name -> name.contains("Template") && name.contains("Instance"))
        .doesNotContain("TemplateInstance", "Response", "Attempt", "ErrorLink");
  }

  @Test
  void everyErrorAnswerIsDescribedAsAProblem() {
    JsonPath document =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String submit = "paths.'/api/v1/filings/{id}/submissions'.post.responses";

    assertThat(document.<String, Object>getMap(submit).keySet())
        .contains("201", "400", "401", "403", "404", "409", "415", "422", "500", "503");
    for (String status : List.of("400", "401", "403", "404", "409", "422", "500", "503")) {
      assertThat(
              document.getString(
                  submit + ".'" + status + "'.content.'application/problem+json'.schema.$ref"))
          .as("the %s answer of a submission", status)
          .isEqualTo("#/components/schemas/Problem");
    }
    assertThat(document.getString(submit + ".'201'.content.'application/problem+json'")).isNull();
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
