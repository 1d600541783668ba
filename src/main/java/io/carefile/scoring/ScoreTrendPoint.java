package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform's score for one period: its return's latest submitted version's. */
@Schema(name = "ScoreTrendPoint", description = "A platform's score for one period")
public record ScoreTrendPoint(
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "The return") UUID filingId,
    @Schema(description = "Its latest submitted version, the one scored") int versionNumber,
    @Schema(description = "The total, 0 to 100; absent when not scored") BigDecimal total,
    @Schema(description = "The computed band") ScoreBand band,
    @Schema(description = "The platform's category at that submission") PlatformCategory category,
    @Schema(description = "The platform's size band at that submission; absent before V013")
        String sizeBand) {}
