package io.carefile.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real servers every test runs against, started once per test JVM: Keycloak with the committed
 * realm (fresh each run) and, through the embedded-PostgreSQL config source of the test profile,
 * PostgreSQL. The application's HTTP port is chosen here so that the portal client in Keycloak can
 * redirect back to it, and its management port (health, metrics) so that test JVMs running side by
 * side never share one.
 */
public class CarefileTestEnvironment implements QuarkusTestResourceLifecycleManager {

  private static KeycloakServer keycloak;
  private static int applicationPort;
  private static int managementPort;

  @Override
  public synchronized Map<String, String> start() {
    if (keycloak == null) {
      applicationPort = FreePort.find();
      managementPort = FreePort.find();
      keycloak =
          KeycloakServer.start(
              Path.of(System.getProperty("carefile.build.keycloak-home")),
              Path.of(System.getProperty("carefile.realm.file")),
              FreePort.find(),
              true,
              Map.of("CAREFILE_PORTAL_URL", "http://localhost:" + applicationPort));
    }
    return Map.of(
        "carefile.keycloak.url", keycloak.url(),
        "quarkus.http.test-port", String.valueOf(applicationPort),
        "quarkus.management.test-port", String.valueOf(managementPort));
  }

  @Override
  public void stop() {
    // Keycloak outlives each application start in this JVM; its shutdown hook stops it.
  }

  public static KeycloakServer keycloak() {
    return keycloak;
  }

  public static String applicationUrl() {
    return "http://localhost:" + applicationPort;
  }

  /** Where health and metrics answer: the management interface, not the application's port. */
  public static String managementUrl() {
    return "http://localhost:" + managementPort;
  }
}
