package io.carefile.common.health;

import io.carefile.common.security.KeycloakConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * quarkus-oidc only warns when Keycloak is unreachable; without this check a replica would take
 * traffic it cannot authenticate. Ready only while the realm's discovery document answers.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI discovery;

  KeycloakReadinessCheck(KeycloakConfig keycloak) {
    this.discovery = URI.create(keycloak.realmUrl() + "/.well-known/openid-configuration");
  }

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("keycloak").withData("discovery", discovery.toString());
    try {
      int status =
          http.send(
                  HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      return response.status(status == 200).withData("status", status).build();
    } catch (java.io.IOException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }
}
