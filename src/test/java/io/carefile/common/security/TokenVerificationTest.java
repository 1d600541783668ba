package io.carefile.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.support.KeycloakAdmin;
import io.carefile.support.KeycloakServer;
import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;

/** Only tokens the Carefile realm signed for the Carefile API, and still valid, are accepted. */
@QuarkusTest
class TokenVerificationTest {

  @Test
  void realmTokenForTheApiIsAccepted() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("regulator-admin"));
  }

  @Test
  void tokenForAnotherAudienceIsRejected() {
    String clientId = createCliClient("other-audience-client", Map.of(), false);
    String token = passwordGrant(clientId, "regulator-admin");
    assertUnauthenticated(token);
  }

  @Test
  void expiredTokenIsRejected() {
    // Keycloak sets exp to issue time plus the lifespan, so a negative lifespan issues a token that
    // expired a minute before it was made: no waiting for the clock to pass it.
    String expiring =
        createCliClient("expired-on-issue-client", Map.of("access.token.lifespan", "-60"), true);
    String token = passwordGrant(expiring, "regulator-admin");
    Map<String, Object> claims = claims(token);
    long issuedAt = ((Number) claims.get("iat")).longValue();
    long expiresAt = ((Number) claims.get("exp")).longValue();
    assertThat(expiresAt).isLessThan(issuedAt);
    assertUnauthenticated(token);

    // The same client with a lifespan is accepted: the expiry alone is refused.
    String lasting = createCliClient("lasting-client", Map.of(), true);
    given()
        .header("Authorization", Tokens.bearer(passwordGrant(lasting, "regulator-admin")))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("regulator-admin"));
  }

  @Test
  void unsignedTokenIsRejected() {
    String[] parts = Tokens.user("regulator-admin").split("\\.");
    String noneHeader =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    assertUnauthenticated(noneHeader + "." + parts[1] + ".");
  }

  @Test
  void tokenWithAlteredClaimsIsRejected() {
    String[] parts = Tokens.user("northwind-officer").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace(Tokens.NORTHWIND_ID, Tokens.BRIGHTSEARCH_ID);
    String forgedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(forged.getBytes(StandardCharsets.UTF_8));
    assertUnauthenticated(parts[0] + "." + forgedPayload + "." + parts[2]);
  }

  @Test
  void garbageBearerIsRejected() {
    assertUnauthenticated("not-a-jwt");
  }

  private static void assertUnauthenticated(String token) {
    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:unauthenticated"))
        .body("status", equalTo(401));
  }

  /**
   * A public password-grant client made for this test; with {@code apiAudience} it carries the same
   * mappers as the committed clients, without it the token is not meant for the API.
   */
  private static String createCliClient(
      String clientId, Map<String, String> attributes, boolean apiAudience) {
    try (Keycloak admin = KeycloakAdmin.connect()) {
      var clients = admin.realm(KeycloakServer.REALM).clients();
      if (clients.findByClientId(clientId).isEmpty()) {
        ClientRepresentation template = clients.findByClientId("carefile-cli").getFirst();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setAttributes(attributes);
        client.setProtocolMappers(
            template.getProtocolMappers().stream()
                .filter(m -> apiAudience || !"oidc-audience-mapper".equals(m.getProtocolMapper()))
                .peek(m -> m.setId(null))
                .toList());
        clients.create(client).close();
      }
    }
    return clientId;
  }

  private static String passwordGrant(String clientId, String username) {
    return Tokens.request(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            clientId,
            "username",
            username,
            "password",
            Tokens.PASSWORD));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> claims(String token) {
    String payload = token.split("\\.")[1];
    try {
      return new ObjectMapper().readValue(Base64.getUrlDecoder().decode(payload), Map.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
