package io.carefile.register;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishedDecision", description = "A confirmation decision on the public register")
public record PublishedDecision(
    @Schema(description = "The case's reference", example = "ENF-2026-000123") String reference,
    @Schema(description = "The platform's name as published") String platformName,
    @Schema(description = "The day of the confirmation decision (Europe/London)")
        LocalDate decisionDate,
    @Schema(description = "The day it was published (Europe/London)") LocalDate publishedDate,
    @Schema(description = "What the regulator published about the decision") String summary,
    @Schema(description = "How many requirements the decision imposed") int requirements,
    @Schema(description = "IN_FORCE, UNDER_APPEAL, APPEAL_DISMISSED or SET_ASIDE_ON_APPEAL")
        DecisionStanding standing,
    @Schema(
            description = "The penalty the decision imposed; none when it imposed none",
            nullable = true)
        PublishedPenalty penalty) {}
