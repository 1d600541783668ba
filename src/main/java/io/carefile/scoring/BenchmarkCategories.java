package io.carefile.scoring;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BenchmarkCategories",
    description = "The distribution of total scores per category, for one template and period")
public record BenchmarkCategories(
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "k: platform users see no category with fewer platforms") int minCohort,
    @Schema(description = "Every category, in the order of PlatformCategory")
        List<BenchmarkCategory> categories) {

  public BenchmarkCategories {
    categories = List.copyOf(categories);
  }
}
