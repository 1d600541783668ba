package io.carefile.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverrideReason", description = "A reason an analyst may give for a score override")
public record OverrideReason(
    @Schema(description = "The code an override names", example = "KNOWN_INCIDENT") String code,
    @Schema(description = "What it means, as shown", example = "A known incident in the period")
        String label) {}
