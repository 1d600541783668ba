package io.carefile.penalty;

import io.carefile.common.paging.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PenaltyPoints", description = "A platform's late-filing points and decisions")
public record PenaltyPointsView(
    UUID platformId,
    @Schema(description = "The day of the standing: today, Europe/London") LocalDate on,
    @Schema(description = "The standing of each period type: monthly, quarterly, annual")
        List<PointsStandingView> standings,
    @Schema(description = "The decisions, newest submission first")
        Page<LateFilingDecisionView> decisions) {}
