package io.carefile.penalty;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the penalties: {@code ?status=OVERDUE&caseId=…}; every filter is optional. */
public class PenaltyFilter {

  @QueryParam("status")
  @Pattern(
      regexp = "|ISSUED|PART_PAID|PAID|OVERDUE|APPEALED|WITHDRAWN",
      message = "must be one of ISSUED, PART_PAID, PAID, OVERDUE, APPEALED, WITHDRAWN")
  @Parameter(
      description = "Only penalties of this status",
      schema = @Schema(implementation = PenaltyStatus.class))
  public String status;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's penalties (a platform sees only its own anyway)")
  public UUID platformId;

  @QueryParam("caseId")
  @Parameter(description = "Only the penalty of this enforcement case")
  public UUID caseId;

  Optional<PenaltyStatus> wantedStatus() {
    return Conditions.given(status).map(PenaltyStatus::valueOf);
  }
}
