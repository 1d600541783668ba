package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The distribution of total scores in one category, for a box plot. */
@Schema(name = "BenchmarkCategory", description = "The distribution of totals in one category")
public record BenchmarkCategory(
    @Schema(description = "The category") PlatformCategory category,
    @Schema(description = "Platforms of it with a total; absent when suppressed")
        Integer cohortSize,
    @Schema(description = "True when fewer than minCohort platforms have a total")
        boolean smallCohort,
    @Schema(description = "True for a platform user when it is a small cohort") boolean suppressed,
    @Schema(description = "Why it is withheld, when it is") String suppressionReason,
    @Schema(description = "The totals' distribution; absent when suppressed or empty")
        BenchmarkDistribution distribution,
    @Schema(description = "Totals beyond Tukey's fences; absent when suppressed")
        Integer outlierCount) {}
