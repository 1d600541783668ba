package io.carefile.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens from the test Keycloak: password grants for the demo people, client credentials for
 * platform service accounts. Cached per JVM for their short lifetime.
 */
public final class Tokens {

  public static final String PASSWORD = "carefile-demo";
  public static final String NORTHWIND_ID = "6f1c2a8e-4b1d-4c55-9a0e-0d5a1b7c9e01";
  public static final String BRIGHTSEARCH_ID = "9b3e7d42-1f6a-4e8b-8c2d-5a4f3e2d1c02";

  private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A fresh access token for a demo user, through the password grant of carefile-cli. */
  public static String user(String username) {
    return cached(
        "user:" + username,
        () ->
            request(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "carefile-cli",
                    "username",
                    username,
                    "password",
                    PASSWORD)));
  }

  /** A token of a platform's filing system, through client credentials. */
  public static String serviceAccount(String clientId) {
    return cached(
        "client:" + clientId,
        () ->
            request(
                Map.of(
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    clientId,
                    "client_secret",
                    clientId + "-dev-secret")));
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /** Requests a token with any parameters; returns the access token. */
  public static String request(Map<String, String> form) {
    return given()
        .baseUri(CarefileTestEnvironment.keycloak().realmUrl())
        .contentType(ContentType.URLENC)
        .formParams(form)
        .post("/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static String cached(String key, java.util.function.Supplier<String> fetch) {
    CachedToken token = CACHE.get(key);
    if (token == null || token.fetchedAt() < System.currentTimeMillis() - 120_000) {
      token = new CachedToken(fetch.get(), System.currentTimeMillis());
      CACHE.put(key, token);
    }
    return token.value();
  }

  private record CachedToken(String value, long fetchedAt) {}
}
