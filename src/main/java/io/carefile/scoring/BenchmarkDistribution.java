package io.carefile.scoring;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A distribution of one measure over a peer group, by {@link BenchmarkStatistics}: percentiles by
 * linear interpolation (type 7) and Tukey's fences.
 */
@Schema(
    name = "BenchmarkDistribution",
    description =
        "Percentiles by linear interpolation between closest ranks (Hyndman-Fan type 7, as"
            + " PostgreSQL percentile_cont and Excel PERCENTILE.INC), rounded to six decimals;"
            + " Tukey's fences Q1 - 1.5 IQR and Q3 + 1.5 IQR")
public record BenchmarkDistribution(
    @Schema(description = "5th percentile") BigDecimal p5,
    @Schema(description = "25th percentile (Q1)") BigDecimal p25,
    @Schema(description = "Median") BigDecimal median,
    @Schema(description = "75th percentile (Q3)") BigDecimal p75,
    @Schema(description = "95th percentile") BigDecimal p95,
    @Schema(description = "Q1 - 1.5 x (Q3 - Q1): a value below it is a low outlier")
        BigDecimal lowerFence,
    @Schema(description = "Q3 + 1.5 x (Q3 - Q1): a value above it is a high outlier")
        BigDecimal upperFence) {}
