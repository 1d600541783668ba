package io.carefile.filing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttestationRecord", description = "Who attested a submission, and to what")
public record AttestationView(
    @Schema(description = "Attestor's username") String username,
    @Schema(description = "Attestor's name") String name,
    @Schema(description = "The role they attested in") String role,
    @Schema(description = "The statement they agreed to") String statement,
    @Schema(description = "When (UTC)") Instant attestedAt) {}
