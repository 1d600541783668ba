package io.carefile.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OverrideChange",
    description = "Re-confirm, let lapse or withdraw the override of a return's latest version")
public record OverrideChange(
    @NotNull
        @PositiveOrZero
        @Schema(
            description =
                "The version of the override, as you read it (the score's override.version); a"
                    + " change made since is refused")
        Long expectedVersion) {}
