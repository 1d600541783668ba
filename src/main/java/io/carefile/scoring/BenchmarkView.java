package io.carefile.scoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Benchmark",
    description =
        "A peer group's benchmark: per indicator and for the total, the distribution and its"
            + " outliers. Each filing counts once, with its latest submitted version's score.")
public record BenchmarkView(
    @Schema(description = "The peer group") PeerGroup group,
    @Schema(
            description =
                "k: platform users see nothing computed over fewer platforms (their own"
                    + " included)")
        int minCohort,
    @Schema(description = "Platforms in the group; absent when suppressed") Integer cohortSize,
    @Schema(description = "True when the group has fewer than minCohort platforms")
        boolean smallCohort,
    @Schema(
            description =
                "True for a platform user when the group is a small cohort: everything about the"
                    + " peers is withheld")
        boolean suppressed,
    @Schema(description = "Why it is withheld, when it is") String suppressionReason,
    @Schema(description = "The total score; absent when suppressed") BenchmarkMeasure total,
    @Schema(description = "Each indicator, in the template's order; empty when suppressed")
        List<BenchmarkMeasure> indicators) {

  public BenchmarkView {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
