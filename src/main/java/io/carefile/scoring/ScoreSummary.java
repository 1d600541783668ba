package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One return's latest submitted score in a peer group, with the band that counts for it. */
@Schema(name = "ScoreSummary", description = "A return's latest submitted score, in a list")
public record ScoreSummary(
    @Schema(description = "The platform") UUID platformId,
    @Schema(description = "Its trading name, else its legal name") String platformName,
    @Schema(description = "The return") UUID filingId,
    @Schema(description = "Its latest submitted version, the one scored") int versionNumber,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "The template version it was scored by") int templateVersion,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "The platform's category at submission") PlatformCategory category,
    @Schema(description = "The platform's size band at submission; absent before V013")
        String sizeBand,
    @Schema(description = "The total, 0 to 100; absent when not scored") BigDecimal total,
    @Schema(description = "The band computed from the total") ScoreBand computedBand,
    @Schema(description = "The band that counts: an override's when one counts, else computed")
        ScoreBand effectiveBand,
    @Schema(description = "True when an analyst's override counts for this version")
        boolean overridden,
    @Schema(description = "When it was scored") Instant computedAt) {}
