package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.support.KeycloakAdmin;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Only a platform's own system may submit naming an attestor. It is recognised from what Keycloak
 * asserts about the grant, so a person whose username merely looks like a service account's is a
 * person: without the attestor role, they cannot submit at all.
 */
@QuarkusTest
class PlatformSystemRecognitionTest {

  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"service-account-carefile-cli", "service-account-mallory@example.org"})
  void aPersonNamedLikeAServiceAccountCannotSubmitInAnAttestorsName(String username) {
    String impostor = createOfficer(platform, username);
    String filingId = FilingFixtures.draft(platform);

    FilingFixtures.submit(impostor, filingId, namingTheAttestor())
        .statusCode(403)
        .body("type", equalTo("urn:carefile:problem:attestor-role-required"));

    assertThat(
            as(platform.attestor())
                .get("/api/v1/filings/" + filingId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("versions"))
        .isEmpty();
  }

  @Test
  void thePlatformsFilingClientStillSubmitsNamingItsAttestor() {
    String filingId = FilingFixtures.draft(platform);

    FilingFixtures.asClient(platform.apiClient())
        .contentType(ContentType.JSON)
        .body(namingTheAttestor())
        .post("/api/v1/filings/" + filingId + "/submissions")
        .then()
        .statusCode(201)
        .body("version", equalTo(1));
  }

  private Map<String, Object> namingTheAttestor() {
    return Map.of(
        "attestation", Map.of("statementAccepted", true, "attestor", platform.attestor()));
  }

  /**
   * A person of the platform made directly in Keycloak, as an administrator could, past
   * onboarding's checks. An e-mail name is made unique for this platform, keeping its prefix;
   * {@code service-account-carefile-cli} stays exact, as the name of the very client a person's
   * password grant goes through.
   */
  private static String createOfficer(TestPlatform platform, String name) {
    String username = name.contains("@") ? name.replace("@", "-" + platform.slug() + "@") : name;
    try (Keycloak admin = KeycloakAdmin.connect()) {
      RealmResource realm = admin.realm("carefile");
      UserRepresentation person = new UserRepresentation();
      person.setUsername(username);
      person.setEmail(username.contains("@") ? username : username + "@example.org");
      person.setFirstName("Mallory");
      person.setLastName("Impostor");
      person.setEnabled(true);
      person.setEmailVerified(true);
      person.setAttributes(Map.of("platform_id", List.of(platform.platformId())));
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(Tokens.PASSWORD);
      password.setTemporary(false);
      person.setCredentials(List.of(password));
      String id;
      try (Response created = realm.users().create(person)) {
        id = CreatedResponseUtil.getCreatedId(created);
      }
      realm
          .users()
          .get(id)
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get("platform-officer").toRepresentation()));
    }
    return username;
  }
}
