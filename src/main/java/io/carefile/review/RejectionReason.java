package io.carefile.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectionReason", description = "A reason a return may be rejected for")
public record RejectionReason(
    @Schema(description = "The code a decision names", example = "INCOMPLETE") String code,
    @Schema(description = "What it means, as the platform reads it") String label) {}
