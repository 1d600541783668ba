package io.carefile.scoring;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return whose value lies beyond one of Tukey's fences: shown to regulators only. */
@Schema(name = "BenchmarkOutlier", description = "An outlier of a measure (regulators only)")
public record BenchmarkOutlier(
    @Schema(description = "The return") UUID filingId,
    @Schema(description = "The scored version, its latest submitted one") UUID filingVersionId,
    @Schema(description = "Its platform") UUID platformId,
    @Schema(description = "Its value of the measure") BigDecimal value,
    @Schema(description = "LOW or HIGH") BenchmarkOutlierSide side) {}
