package io.carefile.filing;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the filing list: {@code ?obligationId=…&platformId=…&status=SUBMITTED}; every filter
 * is optional. The status arrives as text and is checked here, so that a wrong value is a 400
 * naming the parameter.
 */
public class FilingFilter {

  @QueryParam("obligationId")
  @Parameter(description = "Only the return of this obligation")
  public UUID obligationId;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's returns (regulators)")
  public UUID platformId;

  @QueryParam("status")
  @Pattern(
      regexp = "|DRAFT|SUBMITTED|UNDER_REVIEW|QUERIED|ACCEPTED|REJECTED",
      message = "must be one of DRAFT, SUBMITTED, UNDER_REVIEW, QUERIED, ACCEPTED, REJECTED")
  @Parameter(
      description = "Only returns with this status",
      schema = @Schema(implementation = FilingStatus.class))
  public String status;

  public static FilingFilter ofObligation(UUID obligationId) {
    FilingFilter filter = new FilingFilter();
    filter.obligationId = obligationId;
    return filter;
  }

  Optional<FilingStatus> wantedStatus() {
    return Conditions.given(status).map(FilingStatus::valueOf);
  }
}
