package io.carefile.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Obligation", description = "A return a platform must file for one period")
public record ObligationView(
    @Schema(description = "Obligation id") UUID id,
    @Schema(description = "The platform that must file") UUID platformId,
    @Schema(description = "Return template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "Template version to file") int templateVersion,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "Last day of the period") LocalDate periodEnd,
    @Schema(description = "Last day to file on time (Europe/London)") LocalDate dueDate,
    @Schema(description = "OPEN, FULFILLED, OVERDUE or WAIVED") ObligationStatus status,
    @Schema(description = "Why the regulator waived it") String waiverReason,
    @Schema(description = "Who waived it") String waivedBy,
    @Schema(description = "When it was waived") Instant waivedAt,
    @Schema(description = "Version for optimistic locking") long version) {

  static ObligationView of(Obligation obligation) {
    return new ObligationView(
        obligation.id,
        obligation.platformId,
        obligation.templateCode,
        obligation.templateVersion,
        obligation.periodStart,
        obligation.periodEnd,
        obligation.dueDate,
        obligation.status,
        obligation.waiverReason,
        obligation.waivedBy,
        obligation.waivedAt,
        obligation.version);
  }
}
