package io.carefile.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementRequirement",
    description = "An action the confirmation decision requires of the platform")
public record RequirementView(
    @Schema(description = "Requirement id") UUID id,
    @Schema(description = "What the platform must do") String text,
    @Schema(description = "By when (Europe/London)") LocalDate dueDate,
    @Schema(description = "OPEN, COMPLETED (the platform says it is done) or VERIFIED")
        RequirementStatus status,
    @Schema(description = "Who marked it done") String completedBy,
    @Schema(description = "When it was marked done") Instant completedAt,
    @Schema(description = "The platform's note on what was done") String completionNote,
    @Schema(description = "The officer who verified it") String verifiedBy,
    @Schema(description = "When it was verified") Instant verifiedAt,
    @Schema(description = "The officer's note") String verificationNote,
    @Schema(description = "Version for optimistic locking") long version) {

  static RequirementView of(Requirement requirement) {
    return new RequirementView(
        requirement.id,
        requirement.text,
        requirement.dueDate,
        requirement.status,
        requirement.completedBy,
        requirement.completedAt,
        requirement.completionNote,
        requirement.verifiedBy,
        requirement.verifiedAt,
        requirement.verificationNote,
        requirement.version);
  }
}
