package io.carefile.scoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return's place in one of its peer groups. */
@Schema(name = "BenchmarkPosition", description = "A return's place in one of its peer groups")
public record BenchmarkPosition(
    @Schema(description = "The peer group: the return's category, or its size band")
        PeerGroup group,
    @Schema(description = "Platforms in the group; absent when suppressed") Integer cohortSize,
    @Schema(description = "True when the group has fewer than minCohort platforms")
        boolean smallCohort,
    @Schema(description = "True for a platform user when the group is a small cohort")
        boolean suppressed,
    @Schema(description = "Why it is withheld, when it is") String suppressionReason,
    @Schema(description = "The total score; absent when suppressed") BenchmarkStanding total,
    @Schema(description = "Each indicator, in the template's order; empty when suppressed")
        List<BenchmarkStanding> indicators) {

  public BenchmarkPosition {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
