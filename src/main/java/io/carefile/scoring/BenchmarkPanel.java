package io.carefile.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BenchmarkPanel",
    description =
        "A return's benchmark panel: where its latest submitted version stands in its category"
            + " group and its size-band group, and its platform's trend")
public record BenchmarkPanel(
    @Schema(description = "The return") UUID filingId,
    @Schema(description = "Its latest submitted version, the one placed") int versionNumber,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "k: nothing about peers is shown to platforms below it") int minCohort,
    @Schema(description = "Its category group, then its size-band group")
        List<BenchmarkPosition> groups,
    @Schema(description = "Its platform's scores of the template by period, oldest first")
        List<ScoreTrendPoint> trend) {

  public BenchmarkPanel {
    groups = List.copyOf(groups);
    trend = List.copyOf(trend);
  }
}
