package io.carefile.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlatformOnboardingRequest",
    description = "A new platform and the first compliance officer to be given an account")
public record PlatformOnboardingRequest(
    @NotNull
        @Size(max = 63)
        @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "must be lower-case letters and digits in words joined by single hyphens")
        @Schema(
            description =
                "Short unique name used in URLs and as the platform's Keycloak group; fixed once"
                    + " onboarded",
            example = "northwind-social",
            required = true)
        String slug,
    @NotNull @Valid @Schema(required = true) PlatformProfile profile,
    @NotNull @Valid @Schema(required = true) ComplianceOfficer firstOfficer) {}
