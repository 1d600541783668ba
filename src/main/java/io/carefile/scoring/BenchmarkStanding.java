package io.carefile.scoring;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one return stands on one measure of its peer group. */
@Schema(name = "BenchmarkStanding", description = "A return's place on one measure of its group")
public record BenchmarkStanding(
    @Schema(description = "\"total\", or the indicator's code", example = "removal_rate")
        String code,
    @Schema(description = "What it measures") String title,
    @Schema(description = "False when the return's own value was not scored") boolean scored,
    @Schema(description = "The return's own value; absent when not scored") BigDecimal value,
    @Schema(description = "Platforms with a value of it; absent when suppressed")
        Integer cohortSize,
    @Schema(description = "True when fewer than minCohort platforms have a value of it")
        boolean suppressed,
    @Schema(description = "The group's distribution of it; absent when suppressed")
        BenchmarkDistribution distribution,
    @Schema(
            description =
                "The return's percentile rank, ties counted half: (below + equal / 2) / n x 100,"
                    + " two decimals; absent when not scored or suppressed",
            example = "60.00")
        BigDecimal percentile,
    @Schema(
            description =
                "LOW or HIGH when the return's value lies beyond Tukey's fences; absent otherwise")
        BenchmarkOutlierSide outlier) {}
