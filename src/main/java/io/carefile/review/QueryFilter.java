package io.carefile.review;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the query inbox: {@code ?status=OPEN&filingId=…&overdue=true}; every filter is
 * optional. Status and overdue arrive as text and are checked here, so that a wrong value is a 400
 * naming the parameter.
 */
public class QueryFilter {

  @QueryParam("status")
  @Pattern(regexp = "|OPEN|ANSWERED|CLOSED", message = "must be one of OPEN, ANSWERED, CLOSED")
  @Parameter(
      description = "Only queries with this status",
      schema = @Schema(implementation = QueryStatus.class))
  public String status;

  @QueryParam("filingId")
  @Parameter(description = "Only the queries about this return")
  public UUID filingId;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's queries (regulators)")
  public UUID platformId;

  @QueryParam("overdue")
  @Pattern(regexp = "|true|false", message = "must be true or false")
  @Parameter(
      description = "true: only open queries past their due date; false: only those that are not",
      schema = @Schema(type = SchemaType.BOOLEAN))
  public String overdue;

  Optional<QueryStatus> wantedStatus() {
    return Conditions.given(status).map(QueryStatus::valueOf);
  }

  Optional<Boolean> wantedOverdue() {
    return Conditions.given(overdue).map(Boolean::parseBoolean);
  }
}
