package io.carefile.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.carefile.support.KeycloakAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;

/**
 * Keycloak names the users of machine clients {@code service-account-<client>}; onboarding never
 * gives a person a name in that namespace, so no person can pass for a platform's system.
 */
@QuarkusTest
class ReservedServiceAccountNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"service-account-x@platform.example", "Service-Account-x@platform.example"})
  void anOfficerEmailInTheServiceAccountNamespaceIsRefusedAndNothingIsOnboarded(String email) {
    NewPlatform platform = new NewPlatform().email(email);

    platform
        .post()
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body("errors.field", hasItem("firstOfficer.email"));

    try (Keycloak admin = KeycloakAdmin.connect()) {
      assertThat(admin.realm("carefile").users().searchByUsername(email.toLowerCase(), true))
          .isEmpty();
      assertThat(admin.realm("carefile").groups().groups(platform.slug, 0, 10)).isEmpty();
    }
  }
}
