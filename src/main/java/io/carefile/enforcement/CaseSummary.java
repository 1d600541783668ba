package io.carefile.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementCaseSummary", description = "A case in a list")
public record CaseSummary(
    @Schema(description = "Case id") UUID id,
    @Schema(description = "The case's reference", example = "ENF-2026-000123") String reference,
    @Schema(description = "The platform the case is against") UUID platformId,
    @Schema(description = "The platform's name") String platformName,
    @Schema(description = "Where the case stands") CaseStage stage,
    @Schema(description = "What opened it") CaseTrigger trigger,
    @Schema(description = "When it was opened") Instant openedAt,
    @Schema(description = "The representations deadline, once a notice is issued")
        LocalDate representationsDeadline,
    @Schema(description = "The appeal's status; absent when none") AppealStatus appealStatus,
    @Schema(description = "Version for optimistic locking") long version) {}
