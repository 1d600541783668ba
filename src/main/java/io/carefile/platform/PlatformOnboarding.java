package io.carefile.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlatformOnboarding",
    description = "The onboarded platform and the identity records created for it in Keycloak")
public record PlatformOnboarding(
    @Schema(description = "The new platform") PlatformView platform,
    @Schema(
            description = "The platform's Keycloak group (attribute platform_id)",
            example = "/platforms/northwind-social")
        String identityGroup,
    @Schema(description = "The first compliance officer's account") Officer firstOfficer) {

  @Schema(
      name = "OnboardedOfficer",
      description =
          "A compliance officer's new Keycloak account: enabled, with role platform-officer, in the"
              + " platform's group, and without a password yet")
  public record Officer(
      @Schema(description = "Keycloak user id") String userId,
      @Schema(description = "Login name: the email address") String username,
      String email,
      String firstName,
      String lastName,
      @Schema(
              description =
                  "What Keycloak makes them do at first sign-in; UPDATE_PASSWORD means they must"
                      + " choose a password")
          List<String> requiredActions,
      @Schema(
              description =
                  "Always false: Carefile sends no email. Give the officer a way to set their"
                      + " password from Keycloak: a temporary password, or Keycloak's"
                      + " update-password email once the realm has SMTP")
          boolean invitationEmailSent) {}
}
