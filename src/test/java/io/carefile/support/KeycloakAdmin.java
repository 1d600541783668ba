package io.carefile.support;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/** The master-realm administrator of the test Keycloak, for tests that reshape the realm. */
public final class KeycloakAdmin {

  private KeycloakAdmin() {}

  public static Keycloak connect() {
    KeycloakServer server = CarefileTestEnvironment.keycloak();
    return KeycloakBuilder.builder()
        .serverUrl(server.url())
        .realm("master")
        .clientId("admin-cli")
        .username("admin")
        .password(server.adminPassword())
        .build();
  }
}
