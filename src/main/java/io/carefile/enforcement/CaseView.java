package io.carefile.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementCase", description = "An enforcement case, in full")
public record CaseView(
    @Schema(description = "Case id") UUID id,
    @Schema(description = "The case's reference", example = "ENF-2026-000123") String reference,
    @Schema(description = "The platform the case is against") UUID platformId,
    @Schema(description = "The platform's name") String platformName,
    @Schema(description = "Where the case stands") CaseStage stage,
    @Schema(description = "The steps an officer may take from here") List<CaseStep> allowedSteps,
    @Schema(description = "What opened it: an officer or a trigger") CaseTrigger trigger,
    @Schema(description = "Who opened it: an officer's username, or system") String openedBy,
    @Schema(description = "When it was opened") Instant openedAt,
    @Schema(description = "Why it was opened") String openingReason,
    @Schema(description = "What the case is about") List<GroundView> grounds,
    @Schema(description = "The provisional notice, once issued") String noticeText,
    @Schema(description = "When the provisional notice was issued") Instant noticeIssuedAt,
    @Schema(
            description =
                "The last day (Europe/London) on which the platform may make representations")
        LocalDate representationsDeadline,
    @Schema(description = "Whether the platform may make representations today")
        boolean representationsOpen,
    @Schema(description = "When the case reached its final stage") Instant closedAt,
    @Schema(description = "What the confirmation decision requires, in order")
        List<RequirementView> requirements,
    @Schema(description = "The appeal against the confirmation decision; absent when none")
        AppealView appeal,
    @Schema(description = "The penalty the confirmation decision imposed; absent when none")
        UUID penaltyId,
    @Schema(description = "Version for optimistic locking") long version) {}
