package io.carefile.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of error is RFC 9457 problem+json with a stable type, never a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void invalidQueryParameterListsTheField() {
    asAdmin()
        .queryParam("size", 0)
        .get("/api/v1/platforms")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body("errors.field", hasItem("size"))
        .body("errors.message", hasItem("must be 1 or more"));
  }

  @Test
  void invalidBodyListsEachField() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"status\": \"SUSPENDED\", \"reason\": \" \"}")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body("errors.field", hasItem("reason"))
        .body("errors.field", hasItem("expectedVersion"))
        .body("detail", containsString("2 fields are invalid"));
  }

  @Test
  void malformedJsonIsAProblem() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"status\": \"SUSPENDED\", ")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:malformed-body"))
        .body("detail", containsString("not valid JSON"));
  }

  @Test
  void wrongValueTypeNamesTheField() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"status\": \"ASLEEP\", \"reason\": \"x\", \"expectedVersion\": 0}")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:malformed-body"))
        .body("errors.field", hasItem("status"));
  }

  @Test
  void unknownRouteIsNotFound() {
    asAdmin()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  @Test
  void badlyTypedPathParameterIsInvalid() {
    asAdmin()
        .get("/api/v1/platforms/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:invalid-request"));
  }

  @Test
  void unknownRecordIsNotFound() {
    asAdmin()
        .get("/api/v1/platforms/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  @Test
  void wrongMethodIsNotAllowed() {
    asAdmin()
        .delete("/api/v1/platforms")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:method-not-allowed"));
  }

  @Test
  void unsupportedMediaTypeIsRefused() {
    asAdmin()
        .contentType(ContentType.XML)
        .body("<status>SUSPENDED</status>")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:unsupported-media-type"));
  }

  @Test
  void unacceptableMediaTypeIsRefused() {
    asAdmin()
        .accept(ContentType.XML)
        .get("/api/v1/me")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:not-acceptable"));
  }

  @Test
  void oversizedBodyIsRefused() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(413)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:payload-too-large"));
  }

  @Test
  void aChunkedBodyOverTheLimitIsAProblem() throws Exception {
    byte[] huge = ("{\"reason\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(api("/api/v1/platforms/" + Tokens.NORTHWIND_ID + "/status"))
                .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
                .header("Content-Type", "application/json")
                // A body of unknown length is sent chunked, without Content-Length.
                .PUT(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge))));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(response.body()).contains("urn:carefile:problem:payload-too-large");
  }

  @Test
  void anOverLongUriIsAProblem() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(api("/api/v1/platforms?q=" + "x".repeat(10_000)))
                .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
                .GET());

    assertThat(response.statusCode()).isEqualTo(414);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(response.body()).contains("urn:carefile:problem:uri-too-long");
  }

  @Test
  void overLargeHeadersAreAProblem() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(api("/api/v1/filings/" + UUID.randomUUID() + "/submissions"))
                .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
                .header("Idempotency-Key", "k".repeat(20_000))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(response.body()).contains("urn:carefile:problem:headers-too-large");
  }

  @Test
  void forbiddenRoleIsAProblem() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-analyst")))
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:forbidden"));
  }

  @Test
  void staleVersionIsAConflict() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"status\": \"SUSPENDED\", \"reason\": \"test\", \"expectedVersion\": 9999}")
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:stale-version"))
        .body("detail", containsString("has changed since you read it"));
  }

  @Test
  void aFormPostToTheApiIsRefusedAsAProblem() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .contentType(ContentType.URLENC)
        .post("/api/v1/filings/" + UUID.randomUUID() + "/amendment")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:unsupported-media-type"));
  }

  @Test
  void aPostWithoutAContentTypeIsAProblem() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            RestAssured.baseURI
                                + ":"
                                + RestAssured.port
                                + "/api/v1/filings/"
                                + UUID.randomUUID()
                                + "/amendment"))
                    .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(response.body()).contains("urn:carefile:problem:not-found");
  }

  private static URI api(String path) {
    return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void unexpectedFailureReturnsACorrelationIdAndNoStackTrace() {
    ValidatableResponse response =
        asAdmin()
            .get("/api/v1/test-support/failure")
            .then()
            .statusCode(500)
            .contentType(PROBLEM)
            .body("type", equalTo("urn:carefile:problem:internal-error"))
            .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
            .body("detail", notNullValue());
    response.body(not(containsString("at io.carefile")));
    response.body(not(containsString("IllegalStateException")));
  }

  @Test
  void undeclaredPathOutsideTheApiIsNotFound() {
    given()
        .get("/internal/secret")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  private static RequestSpecification asAdmin() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")));
  }
}
