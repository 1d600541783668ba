package io.carefile.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Onboarding is all or nothing. When Keycloak refuses a step, or the database refuses the commit
 * after Keycloak has done its part, no platform row, no audit event, and no group or user made by
 * the attempt remain; what existed before the attempt is left alone.
 */
@QuarkusTest
class PlatformOnboardingRollbackTest {

  private static final String ONBOARDED = "platform.onboarded";

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void anEmailThatAlreadyHasAnAccountUndoesTheGroupAndTheRow() {
    PlatformRecords records = new PlatformRecords(dataSource);
    NewPlatform.Onboarded existing = new NewPlatform().onboard();
    NewPlatform second = new NewPlatform().email(existing.email());
    long eventsBefore = records.auditEvents(ONBOARDED);

    second
        .post()
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:officer-email-taken"))
        .body("errors.field", contains("firstOfficer.email"));

    assertThat(records.platformsWithSlug(second.slug)).isZero();
    assertThat(records.auditEvents(ONBOARDED)).isEqualTo(eventsBefore);
    // The group was created before the user failed, and has been removed again.
    assertThat(PlatformIdentities.group("/platforms/" + second.slug)).isEmpty();
    List<UserRepresentation> users = PlatformIdentities.usersWithEmail(existing.email());
    assertThat(users)
        .extracting(UserRepresentation::getId)
        .containsExactly(existing.officerUserId());
    assertThat(users.getFirst().getAttributes())
        .containsEntry("platform_id", List.of(existing.id().toString()));
  }

  @Test
  void aGroupThatAlreadyExistsInKeycloakStopsOnboardingAndIsLeftAlone() {
    PlatformRecords records = new PlatformRecords(dataSource);
    NewPlatform request = new NewPlatform();
    String foreignGroupId = createGroupOutsideCarefile(request.slug);
    long eventsBefore = records.auditEvents(ONBOARDED);

    request
        .post()
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors.field", contains("slug"));

    assertThat(records.platformsWithSlug(request.slug)).isZero();
    assertThat(records.auditEvents(ONBOARDED)).isEqualTo(eventsBefore);
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();
    assertThat(PlatformIdentities.group("/platforms/" + request.slug))
        .map(GroupRepresentation::getId)
        .contains(foreignGroupId);
  }

  @Test
  void aCommitThatFailsAfterKeycloakSucceededRemovesTheGroupAndTheUser() {
    PlatformRecords records = new PlatformRecords(dataSource);
    NewPlatform request = new NewPlatform();
    // A deferred constraint is checked only at commit: after Keycloak has done its part.
    records.execute(
        "create function fail_commit_of_"
            + request.token
            + "() returns trigger language plpgsql as $$ begin raise exception"
            + " 'commit refused for this test'; end $$");
    records.execute(
        "create constraint trigger fail_commit_of_"
            + request.token
            + " after insert on platform deferrable initially deferred for each row when"
            + " (new.slug = '"
            + request.slug
            + "') execute function fail_commit_of_"
            + request.token
            + "()");
    long eventsBefore = records.auditEvents(ONBOARDED);
    try {
      request
          .post()
          .then()
          .statusCode(500)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:internal-error"));
    } finally {
      records.execute("drop trigger fail_commit_of_" + request.token + " on platform");
      records.execute("drop function fail_commit_of_" + request.token + "()");
    }

    assertThat(records.platformsWithSlug(request.slug)).isZero();
    assertThat(records.auditEvents(ONBOARDED)).isEqualTo(eventsBefore);
    assertThat(PlatformIdentities.group("/platforms/" + request.slug)).isEmpty();
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();
  }

  @Test
  void aKeycloakFailureAtTheLastStepIsServiceUnavailableAndUndoesTheUserAndTheGroup() {
    PlatformRecords records = new PlatformRecords(dataSource);
    NewPlatform request = new NewPlatform();
    long eventsBefore = records.auditEvents(ONBOARDED);
    // Without view-realm the service cannot read the platform-officer role: the group and the
    // user are created, then the role assignment fails.
    withoutServiceAccountRole(
        "view-realm",
        () ->
            request
                .post()
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carefile:problem:identity-service-unavailable")));

    assertThat(records.platformsWithSlug(request.slug)).isZero();
    assertThat(records.auditEvents(ONBOARDED)).isEqualTo(eventsBefore);
    assertThat(PlatformIdentities.group("/platforms/" + request.slug)).isEmpty();
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();
  }

  /** Runs the work while the service's own Keycloak account lacks a realm-management role. */
  private static void withoutServiceAccountRole(String role, Runnable work) {
    PlatformIdentities.inRealm(
        realm -> {
          String realmManagement =
              realm.clients().findByClientId("realm-management").getFirst().getId();
          String serviceAccount = realm.clients().findByClientId("carefile-api").getFirst().getId();
          var roles = realm.clients().get(serviceAccount).getServiceAccountUser().getId();
          var mapping = realm.users().get(roles).roles().clientLevel(realmManagement);
          List<RoleRepresentation> removed =
              mapping.listAll().stream().filter(r -> r.getName().equals(role)).toList();
          assertThat(removed).hasSize(1);
          mapping.remove(removed);
          try {
            work.run();
          } finally {
            mapping.add(removed);
          }
          return null;
        });
  }

  /** A group someone made by hand in Keycloak, under the parent onboarding uses. */
  private static String createGroupOutsideCarefile(String slug) {
    return PlatformIdentities.inRealm(
        realm -> {
          GroupRepresentation parent = new GroupRepresentation();
          parent.setName(PlatformIdentityProvisioner.PLATFORMS_GROUP);
          try (Response created = realm.groups().add(parent)) {
            // 201, or 409 when an earlier onboarding made it already.
            assertThat(created.getStatus()).isIn(201, 409);
          }
          String parentId =
              realm.getGroupByPath(PlatformIdentityProvisioner.PLATFORMS_GROUP).getId();
          GroupRepresentation group = new GroupRepresentation();
          group.setName(slug);
          try (Response created = realm.groups().group(parentId).subGroup(group)) {
            return CreatedResponseUtil.getCreatedId(created);
          }
        });
  }
}
