package io.carefile.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which template and period's distribution of totals per category. */
public class BenchmarkCategoriesFilter {

  @QueryParam("templateCode")
  @NotBlank
  @Size(max = 32)
  @Parameter(description = "Template code", required = true, example = "CSAM-Q")
  public String templateCode;

  @QueryParam("periodStart")
  @NotNull
  @Parameter(
      description = "First day of the template's period",
      required = true,
      example = "2026-01-01")
  public LocalDate periodStart;
}
