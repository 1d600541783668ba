package io.carefile.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementCaseHistoryEntry", description = "One step of a case's history")
public record CaseHistoryEntry(
    @Schema(description = "When") Instant occurredAt,
    @Schema(description = "Who: a username, or system for a trigger") String actor,
    @Schema(description = "What kind of step") CaseAction action,
    @Schema(description = "The stage before; absent when the case was opened") CaseStage fromStage,
    @Schema(description = "The stage after") CaseStage toStage,
    @Schema(description = "Why, in the words of who took the step") String reason,
    @Schema(description = "What the step was, in words") String detail,
    @Schema(description = "The requirement a requirement's step was about") UUID requirementId) {

  static CaseHistoryEntry of(CaseEvent event) {
    return new CaseHistoryEntry(
        event.occurredAt,
        event.actor,
        event.action,
        event.fromStage,
        event.toStage,
        event.reason,
        event.detail,
        event.requirementId);
  }
}
