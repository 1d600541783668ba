package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Onboarding against the real Keycloak: the platform, its group and its first compliance officer
 * are created together and audited; the officer signs in once they have set a password, and then
 * sees their own platform only.
 */
@QuarkusTest
class PlatformOnboardingTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void onboardingCreatesThePlatformItsGroupAndItsOfficer() {
    NewPlatform request =
        new NewPlatform()
            .figures(
                List.of("USER_TO_USER"),
                List.of("CONTENT_RECOMMENDER", "RESHARING", "DIRECT_MESSAGING"),
                40_000_000);

    var response =
        request
            .post()
            .then()
            .statusCode(201)
            .body("platform.slug", equalTo(request.slug))
            .body("platform.legalName", equalTo(request.legalName))
            .body("platform.country", equalTo("GB"))
            .body("platform.serviceKinds", contains("USER_TO_USER"))
            .body(
                "platform.serviceFeatures",
                contains("CONTENT_RECOMMENDER", "RESHARING", "DIRECT_MESSAGING"))
            .body("platform.ukMonthlyActiveUsers", equalTo(40_000_000))
            .body("platform.qualifyingRevenue.currency", equalTo("GBP"))
            .body("platform.qualifyingRevenue.financialYearEnd", equalTo("2025-12-31"))
            .body("platform.category", equalTo("CATEGORY_1"))
            .body("platform.status", equalTo("ACTIVE"))
            .body("platform.version", equalTo(0))
            .body("identityGroup", equalTo("/platforms/" + request.slug))
            .body("firstOfficer.username", equalTo(request.email))
            .body("firstOfficer.email", equalTo(request.email))
            .body("firstOfficer.requiredActions", contains("UPDATE_PASSWORD"))
            .body("firstOfficer.invitationEmailSent", equalTo(false))
            .extract()
            .response();
    // Exact money: the amount is read as a decimal, never a double.
    assertThat(
            response
                .jsonPath(
                    JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getObject("platform.qualifyingRevenue.amount", BigDecimal.class))
        .isEqualTo(new BigDecimal("125000000.50"));
    String platformId = response.path("platform.id");
    assertThat(response.header("Location")).endsWith("/api/v1/platforms/" + platformId);

    GroupRepresentation group =
        PlatformIdentities.group("/platforms/" + request.slug).orElseThrow();
    assertThat(group.getAttributes()).containsEntry("platform_id", List.of(platformId));

    List<UserRepresentation> users = PlatformIdentities.usersWithEmail(request.email);
    assertThat(users).hasSize(1);
    UserRepresentation officer = users.getFirst();
    assertThat(officer.getId()).isEqualTo(response.path("firstOfficer.userId"));
    assertThat(officer.getUsername()).isEqualTo(request.email);
    assertThat(officer.getFirstName()).isEqualTo("Olu");
    assertThat(officer.getLastName()).isEqualTo("Adebayo-Smith");
    assertThat(officer.isEnabled()).isTrue();
    assertThat(officer.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
    assertThat(officer.getAttributes()).containsEntry("platform_id", List.of(platformId));
    PlatformIdentities.inRealm(
        realm -> {
          var account = realm.users().get(officer.getId());
          assertThat(account.roles().realmLevel().listAll())
              .extracting(RoleRepresentation::getName)
              .contains("platform-officer");
          assertThat(account.groups())
              .extracting(GroupRepresentation::getPath)
              .containsExactly("/platforms/" + request.slug);
          assertThat(account.credentials()).as("no password until they set one").isEmpty();
          return null;
        });

    PlatformRecords records = new PlatformRecords(dataSource);
    assertThat(records.auditEvents("platform.onboarded", UUID.fromString(platformId))).isEqualTo(1);
    assertThat(records.lastActor(UUID.fromString(platformId))).startsWith("regulator-admin (");
  }

  @Test
  void officerSignsInAfterSettingAPasswordAndSeesOnlyTheirPlatform() {
    NewPlatform.Onboarded platform = new NewPlatform().onboard();
    String password = "Set-by-the-officer-" + UUID.randomUUID();

    // What the officer does at first sign-in, done here by the administrator.
    PlatformIdentities.inRealm(
        realm -> {
          var account = realm.users().get(platform.officerUserId());
          CredentialRepresentation credential = new CredentialRepresentation();
          credential.setType(CredentialRepresentation.PASSWORD);
          credential.setValue(password);
          credential.setTemporary(false);
          account.resetPassword(credential);
          UserRepresentation user = account.toRepresentation();
          user.setRequiredActions(List.of());
          account.update(user);
          return null;
        });
    String token =
        Tokens.request(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "carefile-cli",
                "username",
                platform.email(),
                "password",
                password));

    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo(platform.email()))
        .body("platformId", equalTo(platform.id().toString()))
        .body("roles", contains("platform-officer"))
        .body("platformScoped", equalTo(true));
    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("items.id", contains(platform.id().toString()))
        .body("totalItems", equalTo(1));
    given()
        .header("Authorization", Tokens.bearer(token))
        .get("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(404);
  }

  @Test
  void aTakenSlugIsAConflictAndTouchesNothingInKeycloak() {
    NewPlatform.Onboarded first = new NewPlatform().onboard();
    NewPlatform second = new NewPlatform().slug(first.slug());

    second
        .post()
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:slug-taken"))
        .body("detail", containsString(first.slug()))
        .body("errors.field", contains("slug"));

    PlatformRecords records = new PlatformRecords(dataSource);
    assertThat(records.platformsWithSlug(first.slug())).isEqualTo(1);
    assertThat(records.platformsNamed(second.legalName)).isZero();
    assertThat(PlatformIdentities.usersWithEmail(second.email)).isEmpty();
    assertThat(PlatformIdentities.group("/platforms/" + first.slug()).orElseThrow().getAttributes())
        .containsEntry("platform_id", List.of(first.id().toString()));
  }

  @Test
  void invalidDataIsRefusedFieldByFieldAndCreatesNothing() {
    NewPlatform request = new NewPlatform();
    Map<String, Object> profile = request.profile();
    profile.put("legalName", " ");
    profile.put("country", "UK");
    profile.put("serviceKinds", List.of());
    profile.put("ukMonthlyActiveUsers", -1);
    profile.put(
        "qualifyingRevenue",
        Map.of(
            "amount",
            new BigDecimal("10.001"),
            "currency",
            "XYZ",
            "financialYearEnd",
            "2025-12-31"));
    Map<String, Object> body =
        Map.of(
            "slug",
            "Not A Slug",
            "profile",
            profile,
            "firstOfficer",
            Map.of("email", "not-an-email", "firstName", "<script>", "lastName", ""));

    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/platforms")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body(
            "errors.field",
            containsInAnyOrder(
                "slug",
                "profile.legalName",
                "profile.country",
                "profile.serviceKinds",
                "profile.ukMonthlyActiveUsers",
                "profile.qualifyingRevenue.amount",
                "profile.qualifyingRevenue.currency",
                "firstOfficer.email",
                "firstOfficer.firstName",
                "firstOfficer.lastName"));

    assertThat(new PlatformRecords(dataSource).platformsNamed(request.legalName)).isZero();
    assertThat(PlatformIdentities.usersWithEmail("not-an-email")).isEmpty();
  }

  @Test
  void aMissingBodyIsRefused() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .post("/api/v1/platforms")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
