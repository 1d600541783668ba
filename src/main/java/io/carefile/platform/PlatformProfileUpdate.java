package io.carefile.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlatformProfileUpdate",
    description = "A platform's whole profile as it should now read; the category is re-derived")
public record PlatformProfileUpdate(
    @NotNull @Valid @Schema(required = true) PlatformProfile profile,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The version you read; a stale version is refused with 409",
            required = true)
        Long expectedVersion) {}
