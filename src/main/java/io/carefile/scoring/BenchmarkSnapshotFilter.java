package io.carefile.scoring;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the snapshot list; every filter is optional. */
public class BenchmarkSnapshotFilter {

  @QueryParam("templateCode")
  @Size(max = 32)
  @Parameter(description = "Only snapshots of this template", example = "CSAM-Q")
  public String templateCode;

  @QueryParam("periodStart")
  @Parameter(description = "Only snapshots of the period starting on this day")
  public LocalDate periodStart;

  Optional<String> wantedTemplateCode() {
    return Conditions.given(templateCode);
  }
}
