package io.carefile.platform;

import io.carefile.support.KeycloakAdmin;
import io.carefile.support.KeycloakServer;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Looks into the test Keycloak as its master administrator, to prove what onboarding left. */
final class PlatformIdentities {

  private PlatformIdentities() {}

  static Optional<GroupRepresentation> group(String path) {
    return inRealm(
        realm -> {
          try {
            return Optional.of(realm.getGroupByPath(path));
          } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  static List<UserRepresentation> usersWithEmail(String email) {
    return inRealm(realm -> realm.users().searchByEmail(email, true));
  }

  static <T> T inRealm(Function<RealmResource, T> work) {
    try (Keycloak admin = KeycloakAdmin.connect()) {
      return work.apply(admin.realm(KeycloakServer.REALM));
    }
  }
}
