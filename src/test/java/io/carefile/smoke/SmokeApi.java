package io.carefile.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Carefile API and Keycloak's token endpoint over real HTTP, as a platform's filing system and
 * the regulator's staff call them. Tokens are fetched again once two minutes old, well within the
 * realm's five-minute lifetime.
 */
final class SmokeApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TOKEN_REUSE_MILLIS = 120_000;

  private record Token(String value, long fetchedAt) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final String realmUrl;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  SmokeApi(String realmUrl) {
    this.realmUrl = realmUrl;
  }

  /** A platform's filing system: the client credentials of its realm client. */
  String clientToken(String clientId, String secret) {
    return token(
        "client:" + clientId,
        () ->
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
  }

  /** A person, through the password grant of the command-line client. */
  String userToken(String username, String password) {
    return token(
        "user:" + username,
        () ->
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "carefile-cli",
                "username",
                username,
                "password",
                password));
  }

  /** POSTs JSON to one replica; answers the response as it came, or throws if none came. */
  HttpResponse<String> post(
      String baseUrl, String path, String token, Map<String, String> headers, Object body)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    headers.forEach(request::header);
    return send(request.build());
  }

  /** POSTs JSON and answers the JSON answer, requiring the expected status. */
  JsonNode postExpecting(String baseUrl, String path, String token, Object body, int status) {
    try {
      HttpResponse<String> response = post(baseUrl, path, token, Map.of(), body);
      return expect(response, status);
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path + " failed", e);
    }
  }

  JsonNode get(String baseUrl, String path, String token) {
    try {
      return expect(
          send(
              HttpRequest.newBuilder(URI.create(baseUrl + path))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + token)
                  .build()),
          200);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    }
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + body, e);
    }
  }

  private static JsonNode expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return json(response.body());
  }

  private String token(String key, Supplier<Map<String, String>> form) {
    Token cached = tokens.get(key);
    if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < TOKEN_REUSE_MILLIS) {
      return cached.value();
    }
    String encoded =
        form.get().entrySet().stream()
            .map(
                entry ->
                    entry.getKey()
                        + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      JsonNode answer =
          expect(
              send(
                  HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(encoded))
                      .build()),
              200);
      Token fresh = new Token(answer.path("access_token").asText(), System.currentTimeMillis());
      tokens.put(key, fresh);
      return fresh.value();
    } catch (IOException e) {
      throw new UncheckedIOException("No token for " + key, e);
    }
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
