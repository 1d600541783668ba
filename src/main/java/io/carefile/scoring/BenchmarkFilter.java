package io.carefile.scoring;

import io.carefile.common.tenancy.Conditions;
import io.carefile.platform.PlatformCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which peer group's benchmark: {@code ?templateCode=CSAM-Q&periodStart=2026-01-01} and optionally
 * a category, a size band, or both (platforms in both). The category arrives as text and is checked
 * here, so that a wrong value is a 400 naming the parameter.
 */
public class BenchmarkFilter {

  @QueryParam("templateCode")
  @NotBlank
  @Size(max = 32)
  @Parameter(description = "Template code", required = true, example = "CSAM-Q")
  public String templateCode;

  @QueryParam("periodStart")
  @NotNull
  @Parameter(
      description = "First day of the template's period (a month, quarter or year start)",
      required = true,
      example = "2026-01-01")
  public LocalDate periodStart;

  @QueryParam("category")
  @Pattern(
      regexp = "|CATEGORY_1|CATEGORY_2A|CATEGORY_2B|CORE",
      message = "must be one of CATEGORY_1, CATEGORY_2A, CATEGORY_2B, CORE")
  @Parameter(
      description = "Only platforms of this category (at submission)",
      schema = @Schema(implementation = PlatformCategory.class))
  public String category;

  @QueryParam("sizeBand")
  @Size(max = 32)
  @Parameter(
      description =
          "Only platforms of this size band of UK users (at submission): a code of"
              + " carefile.benchmarks.size-bands",
      example = "34m-and-over")
  public String sizeBand;

  Optional<PlatformCategory> wantedCategory() {
    return Conditions.given(category).map(PlatformCategory::valueOf);
  }

  Optional<String> wantedSizeBand() {
    return Conditions.given(sizeBand);
  }
}
