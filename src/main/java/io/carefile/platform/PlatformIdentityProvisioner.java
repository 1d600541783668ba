package io.carefile.platform;

import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.KeycloakConfig;
import io.carefile.common.security.Roles;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates a platform's identity records in Keycloak: a group {@code /platforms/<slug>} and the
 * first compliance officer, both carrying the {@code platform_id} attribute that Keycloak maps into
 * tokens. It runs inside the onboarding transaction and removes whatever it created if that
 * transaction does not commit, so a failure at any step, in Keycloak or in the database afterwards,
 * leaves nothing half-created.
 */
@ApplicationScoped
class PlatformIdentityProvisioner {

  /** The parent of every platform's group; created on first use and never removed. */
  static final String PLATFORMS_GROUP = "platforms";

  static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

  private final Keycloak keycloak;
  private final String realmName;
  private final TransactionSynchronizationRegistry transactions;

  PlatformIdentityProvisioner(
      Keycloak keycloak,
      KeycloakConfig keycloakConfig,
      TransactionSynchronizationRegistry transactions) {
    this.keycloak = keycloak;
    this.realmName = keycloakConfig.realm();
    this.transactions = transactions;
  }

  record Provisioned(String groupPath, PlatformOnboarding.Officer officer) {}

  @Transactional(Transactional.TxType.MANDATORY)
  Provisioned provision(UUID platformId, String slug, ComplianceOfficer officer) {
    Created created = new Created();
    transactions.registerInterposedSynchronization(created);
    RealmResource realm = keycloak.realm(realmName);
    try {
      String groupPath = "/" + PLATFORMS_GROUP + "/" + slug;
      created.groupId = createGroup(realm, platformId, slug, groupPath);
      UserRepresentation user = officerAccount(platformId, groupPath, officer);
      created.userId = createUser(realm, user);
      realm
          .users()
          .get(created.userId)
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get(Roles.PLATFORM_OFFICER).toRepresentation()));
      return new Provisioned(
          groupPath,
          new PlatformOnboarding.Officer(
              created.userId,
              user.getUsername(),
              user.getEmail(),
              user.getFirstName(),
              user.getLastName(),
              user.getRequiredActions(),
              false));
    } catch (WebApplicationException | ProcessingException e) {
      Log.errorf(e, "Keycloak failed while provisioning platform %s (%s)", platformId, slug);
      throw new ProblemException(
          ProblemType.IDENTITY_SERVICE_UNAVAILABLE,
          "Keycloak could not create the platform's accounts, so nothing was onboarded; try"
              + " again later");
    }
  }

  private String createGroup(RealmResource realm, UUID platformId, String slug, String groupPath) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(slug);
    group.setAttributes(Map.of(Caller.PLATFORM_CLAIM, List.of(platformId.toString())));
    try (Response response = realm.groups().group(platformsGroupId(realm)).subGroup(group)) {
      if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
        throw new ProblemException(
            PlatformProblems.SLUG_TAKEN,
            "Keycloak already has a group " + groupPath + "; choose another slug",
            List.of(new Problem.FieldError("slug", "already names a group in Keycloak")));
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private String platformsGroupId(RealmResource realm) {
    try {
      return realm.getGroupByPath(PLATFORMS_GROUP).getId();
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
        throw e;
      }
    }
    GroupRepresentation platforms = new GroupRepresentation();
    platforms.setName(PLATFORMS_GROUP);
    try (Response response = realm.groups().add(platforms)) {
      // Another onboarding may have created it a moment ago.
      return response.getStatus() == Response.Status.CONFLICT.getStatusCode()
          ? realm.getGroupByPath(PLATFORMS_GROUP).getId()
          : CreatedResponseUtil.getCreatedId(response);
    }
  }

  private static UserRepresentation officerAccount(
      UUID platformId, String groupPath, ComplianceOfficer officer) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(officer.email());
    user.setEmail(officer.email());
    user.setFirstName(officer.firstName());
    user.setLastName(officer.lastName());
    user.setEnabled(true);
    user.setEmailVerified(false);
    user.setAttributes(Map.of(Caller.PLATFORM_CLAIM, List.of(platformId.toString())));
    user.setGroups(List.of(groupPath));
    // No password is set: Keycloak makes the officer choose one at first sign-in.
    user.setRequiredActions(List.of(UPDATE_PASSWORD));
    return user;
  }

  private static String createUser(RealmResource realm, UserRepresentation user) {
    try (Response response = realm.users().create(user)) {
      if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
        throw new ProblemException(
            PlatformProblems.OFFICER_EMAIL_TAKEN,
            "Keycloak already has a user with the email " + user.getEmail(),
            List.of(new Problem.FieldError("firstOfficer.email", "already has an account")));
      }
      if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
        throw new ProblemException(
            PlatformProblems.OFFICER_ACCOUNT_REFUSED,
            "Keycloak refused the officer's account: " + response.readEntity(String.class),
            List.of(new Problem.FieldError("firstOfficer", "refused by Keycloak")));
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /**
   * What this provisioning created so far, removed again unless the transaction commits. Removing
   * the group also removes the user's membership; the parent group stays.
   */
  private final class Created implements Synchronization {

    private String groupId;
    private String userId;

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        return;
      }
      RealmResource realm = keycloak.realm(realmName);
      if (userId != null) {
        remove("user", userId, () -> realm.users().get(userId).remove());
      }
      if (groupId != null) {
        remove("group", groupId, () -> realm.groups().group(groupId).remove());
      }
    }

    private void remove(String kind, String id, Runnable removal) {
      try {
        removal.run();
      } catch (WebApplicationException | ProcessingException e) {
        Log.errorf(
            e,
            "Could not remove Keycloak %s %s of a platform that was not onboarded; remove it by"
                + " hand",
            kind,
            id);
      }
    }
  }
}
