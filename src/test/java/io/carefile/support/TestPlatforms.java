package io.carefile.support;

import static io.restassured.RestAssured.given;

import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Platforms of one test alone. Each is onboarded through the public API as the regulator's
 * administrator (a Category 1 service, so every template applies to it), and given in the real
 * Keycloak a compliance officer, an attestor and, when asked, its own filing system, all with the
 * demo password, so that {@link Tokens#user} and {@link Tokens#serviceAccount} sign them in.
 */
public final class TestPlatforms {

  private TestPlatforms() {}

  /** A platform nobody else uses, and the accounts that act for it. */
  public record TestPlatform(UUID id, String slug, String officer, String attestor) {

    public String platformId() {
      return id.toString();
    }

    /** The name of this platform's own filing system (client credentials), made on first use. */
    public String apiClient() {
      String clientId = slug + "-filer";
      try (Keycloak admin = KeycloakAdmin.connect()) {
        RealmResource realm = admin.realm(KeycloakServer.REALM);
        if (realm.clients().findByClientId(clientId).isEmpty()) {
          createApiClient(realm, clientId, id);
        }
      }
      return clientId;
    }

    /**
     * This platform's obligation of the template for the period starting on {@code periodStart},
     * generated through the API (generation is idempotent, so other platforms' obligations of that
     * period are left as they are).
     */
    public String obligation(String templateCode, LocalDate periodStart) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("templateCode", templateCode, "periodStart", periodStart.toString()))
          .post("/api/v1/obligations/generation")
          .then()
          .statusCode(200);
      return asAdmin()
          .queryParam("platformId", platformId())
          .queryParam("templateCode", templateCode)
          .queryParam("from", periodStart.toString())
          .queryParam("to", periodStart.toString())
          .get("/api/v1/obligations")
          .then()
          .statusCode(200)
          .extract()
          .path("items[0].id");
    }
  }

  public static TestPlatform newPlatform() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String slug = "tp-" + token;
    String officer = "officer-" + token + "@platform.example";
    Map<String, Object> profile =
        Map.of(
            "legalName",
            "Test Platform " + token + " Ltd",
            "tradingName",
            "Test " + token,
            "companyNumber",
            "TP" + token.substring(0, 6).toUpperCase(),
            "country",
            "GB",
            "serviceKinds",
            List.of("USER_TO_USER"),
            "serviceFeatures",
            List.of("CONTENT_RECOMMENDER", "RESHARING", "DIRECT_MESSAGING"),
            "ukMonthlyActiveUsers",
            40_000_000,
            "qualifyingRevenue",
            Map.of(
                "amount",
                new BigDecimal("250000000.00"),
                "currency",
                "GBP",
                "financialYearEnd",
                "2025-12-31"));
    String id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "slug",
                    slug,
                    "profile",
                    profile,
                    "firstOfficer",
                    Map.of("email", officer, "firstName", "Olu", "lastName", "Adebayo")))
            .post("/api/v1/platforms")
            .then()
            .statusCode(201)
            .extract()
            .path("platform.id");
    String attestor = "attestor-" + token + "@platform.example";
    try (Keycloak admin = KeycloakAdmin.connect()) {
      RealmResource realm = admin.realm(KeycloakServer.REALM);
      // Onboarding asks the officer to choose a password at first sign-in; tests sign in directly.
      UserResource officerAccount =
          realm.users().get(realm.users().searchByUsername(officer, true).getFirst().getId());
      UserRepresentation officerUser = officerAccount.toRepresentation();
      officerUser.setRequiredActions(List.of());
      officerAccount.update(officerUser);
      officerAccount.resetPassword(password());
      createAttestor(realm, attestor, slug, id);
    }
    // A first sign-in, one at a time: Keycloak may refuse concurrent first sign-ins of a new
    // account, which tests racing several requests would otherwise make. The tokens are cached.
    Tokens.user(officer);
    Tokens.user(attestor);
    return new TestPlatform(UUID.fromString(id), slug, officer, attestor);
  }

  /** An attestor as the platform's officer would have Keycloak's administrator add one. */
  private static void createAttestor(
      RealmResource realm, String username, String slug, String platformId) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(username);
    user.setFirstName("Ada");
    user.setLastName("Attestor-" + slug);
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setAttributes(Map.of(Caller.PLATFORM_CLAIM, List.of(platformId)));
    user.setGroups(List.of("/platforms/" + slug));
    user.setCredentials(List.of(password()));
    String userId;
    try (Response created = realm.users().create(user)) {
      userId = CreatedResponseUtil.getCreatedId(created);
    }
    realm
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(
            List.of(
                realm.roles().get(Roles.PLATFORM_OFFICER).toRepresentation(),
                realm.roles().get(Roles.PLATFORM_ATTESTOR).toRepresentation()));
  }

  /** A filing system shaped like the realm's demo ones: audience and platform mappers. */
  private static void createApiClient(RealmResource realm, String clientId, UUID platformId) {
    ClientRepresentation demo = realm.clients().findByClientId("northwind-filer").getFirst();
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setEnabled(true);
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setSecret(clientId + "-dev-secret");
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(true);
    client.setProtocolMappers(
        demo.getProtocolMappers().stream().peek(mapper -> mapper.setId(null)).toList());
    String internalId;
    try (Response created = realm.clients().create(client)) {
      internalId = CreatedResponseUtil.getCreatedId(created);
    }
    UserRepresentation serviceAccount = realm.clients().get(internalId).getServiceAccountUser();
    serviceAccount.setAttributes(Map.of(Caller.PLATFORM_CLAIM, List.of(platformId.toString())));
    UserResource account = realm.users().get(serviceAccount.getId());
    account.update(serviceAccount);
    account
        .roles()
        .realmLevel()
        .add(List.of(realm.roles().get(Roles.PLATFORM_OFFICER).toRepresentation()));
  }

  private static CredentialRepresentation password() {
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(Tokens.PASSWORD);
    password.setTemporary(false);
    return password;
  }

  private static RequestSpecification asAdmin() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")));
  }
}
