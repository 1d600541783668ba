package io.carefile.review;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.KeycloakConfig;
import io.carefile.common.security.Roles;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Answers whether a username names a regulator analyst a return may be allocated to: an enabled
 * Keycloak user holding the realm role {@code regulator-analyst} (directly or through a group or
 * composite role) who acts for no platform. Asked at each assignment, so that a person whose role
 * was taken away is refused at once.
 */
@ApplicationScoped
public class AnalystDirectory {

  private final Keycloak keycloak;
  private final String realm;

  AnalystDirectory(Keycloak keycloak, KeycloakConfig keycloakConfig) {
    this.keycloak = keycloak;
    this.realm = keycloakConfig.realm();
  }

  public boolean isAnalyst(String username) {
    try {
      List<UserRepresentation> found =
          keycloak.realm(realm).users().searchByUsername(username, true);
      if (found.size() != 1 || !Boolean.TRUE.equals(found.getFirst().isEnabled())) {
        return false;
      }
      UserResource user = keycloak.realm(realm).users().get(found.getFirst().getId());
      UserRepresentation person = user.toRepresentation();
      boolean actsForAPlatform =
          person.getAttributes() != null
              && !person.getAttributes().getOrDefault(Caller.PLATFORM_CLAIM, List.of()).isEmpty();
      return !actsForAPlatform
          && user.roles().realmLevel().listEffective().stream()
              .map(RoleRepresentation::getName)
              .anyMatch(Roles.REGULATOR_ANALYST::equals);
    } catch (ClientErrorException e) {
      int status = e.getResponse().getStatus();
      if (status == 400 || status == 404) {
        // Keycloak refused the name itself: it names nobody.
        return false;
      }
      throw unavailable(e, username);
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable(e, username);
    }
  }

  private static ProblemException unavailable(RuntimeException e, String username) {
    Log.errorf(e, "Keycloak failed while checking analyst %s", username);
    return new ProblemException(
        ProblemType.IDENTITY_SERVICE_UNAVAILABLE,
        "The assignee cannot be checked right now because the identity service is unavailable;"
            + " nothing was changed. Try again shortly.");
  }
}
