package io.carefile.scoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measure of a peer group: the total score, or one indicator's value. */
@Schema(name = "BenchmarkMeasure", description = "The distribution of one measure over a group")
public record BenchmarkMeasure(
    @Schema(description = "\"total\", or the indicator's code", example = "removal_rate")
        String code,
    @Schema(description = "What it measures") String title,
    @Schema(
            description =
                "Platforms with a value of it (not-scored ones are left out); absent when"
                    + " suppressed")
        Integer cohortSize,
    @Schema(
            description =
                "True when fewer than minCohort platforms have a value of it: platform users then"
                    + " see neither its distribution nor its outliers")
        boolean suppressed,
    @Schema(description = "Its distribution; absent when suppressed or when nobody has a value")
        BenchmarkDistribution distribution,
    @Schema(description = "How many values lie beyond Tukey's fences; absent when suppressed")
        Integer outlierCount,
    @Schema(
            description =
                "The outliers, lowest value first (regulators only; absent for platform users)")
        List<BenchmarkOutlier> outliers) {}
