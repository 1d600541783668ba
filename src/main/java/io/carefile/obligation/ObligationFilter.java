package io.carefile.obligation;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The obligations calendar's filters, as HMRC's VAT obligations API has them; every filter is
 * optional. The status arrives as text and is checked here, so that a wrong value is a 400 naming
 * the parameter.
 */
public class ObligationFilter {

  @QueryParam("from")
  @Parameter(description = "Periods ending on or after this date")
  public LocalDate from;

  @QueryParam("to")
  @Parameter(description = "Periods starting on or before this date")
  public LocalDate to;

  @QueryParam("status")
  @Pattern(
      regexp = "|OPEN|FULFILLED|OVERDUE|WAIVED",
      message = "must be one of OPEN, FULFILLED, OVERDUE, WAIVED")
  @Parameter(
      description = "Only obligations with this status",
      schema = @Schema(implementation = ObligationStatus.class))
  public String status;

  @QueryParam("templateCode")
  @Size(max = 32)
  @Parameter(description = "Only obligations for this template")
  public String templateCode;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's obligations (regulators)")
  public UUID platformId;

  Optional<ObligationStatus> wantedStatus() {
    return Conditions.given(status).map(ObligationStatus::valueOf);
  }
}
