package io.carefile.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The Carefile API over real HTTP, as a platform's filing system calls it: one shared client, so
 * that connections are kept alive and reused as a production client would.
 */
final class CarefileApi {

  /** A person attests as themselves: the statement is all the body needs. */
  static final String ATTESTED_SUBMISSION = "{\"attestation\":{\"statementAccepted\":true}}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;

  CarefileApi(String baseUrl) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.base = URI.create(baseUrl);
  }

  /** Submits a filing's draft with a fresh Idempotency-Key; answers the response as it came. */
  HttpResponse<String> submit(UUID filingId, String token) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve("/api/v1/filings/" + filingId + "/submissions"))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ATTESTED_SUBMISSION))
            .build());
  }

  /** GETs a resource as JSON; answers the response as it came. */
  HttpResponse<String> get(String path, String token) throws IOException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  /** POSTs JSON and answers the JSON response, requiring the expected status. */
  JsonNode post(String path, String token, Object body, int expectedStatus) {
    try {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(
            "POST " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path + " failed", e);
    }
  }

  /** An access token through the password grant of the development CLI client. */
  static String passwordGrant(HttpClient http, String realmUrl, String username, String password)
      throws IOException {
    String form =
        "grant_type=password&client_id=carefile-cli&username=" + username + "&password=" + password;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while requesting a token", e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + username + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for " + request.uri(), e);
    }
  }
}
