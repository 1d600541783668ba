package io.carefile.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When Keycloak will not do the service's bidding (here: the service's admin credentials are
 * refused), onboarding answers 503 and stores nothing.
 */
@QuarkusTest
@TestProfile(PlatformOnboardingKeycloakDownTest.AdminClientRefused.class)
class PlatformOnboardingKeycloakDownTest {

  public static class AdminClientRefused implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.keycloak.admin-client.client-secret", "not-the-secret");
    }
  }

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void aKeycloakFailureIsServiceUnavailableAndStoresNothing() {
    PlatformRecords records = new PlatformRecords(dataSource);
    NewPlatform request = new NewPlatform();
    long eventsBefore = records.auditEvents("platform.onboarded");

    request
        .post()
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:identity-service-unavailable"));

    assertThat(records.platformsWithSlug(request.slug)).isZero();
    assertThat(records.auditEvents("platform.onboarded")).isEqualTo(eventsBefore);
    assertThat(PlatformIdentities.group("/platforms/" + request.slug)).isEmpty();
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();
  }
}
