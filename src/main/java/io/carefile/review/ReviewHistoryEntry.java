package io.carefile.review;

import io.carefile.filing.FilingStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewHistoryEntry", description = "One step of a return's review")
public record ReviewHistoryEntry(
    @Schema(description = "When") Instant occurredAt,
    @Schema(description = "Who: a username, or system") String actor,
    @Schema(description = "What kind of step") ReviewAction action,
    @Schema(description = "The return's latest submitted version then") int versionNumber,
    @Schema(description = "The return's status before; absent for a first submission")
        FilingStatus fromStatus,
    @Schema(description = "The return's status after") FilingStatus toStatus,
    @Schema(description = "The assignee after the step") String assignee,
    @Schema(description = "The assignee before a reassignment or release") String previousAssignee,
    @Schema(description = "The decision taken, for DECIDED") UUID decisionId,
    @Schema(description = "What the step was, in words") String detail) {}
