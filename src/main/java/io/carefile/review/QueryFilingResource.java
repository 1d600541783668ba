package io.carefile.review;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The queries about one return: raising one, and listing them. */
@Path("/api/v1/filings/{filingId}/queries")
@Authenticated
@Tag(name = "Queries", description = "Threads between the regulator's analysts and a platform")
@Produces(MediaType.APPLICATION_JSON)
public class QueryFilingResource {

  private final QueryService queries;

  QueryFilingResource(QueryService queries) {
    this.queries = queries;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Raise a query about a return",
      description =
          "Asks the platform something about its return, optionally about some of its fields,"
              + " to be answered by a due date. The return is QUERIED (back with the platform)"
              + " until the platform answers every open query or amends the return.")
  @APIResponse(responseCode = "201", description = "Raised; the query with its first message")
  @APIResponse(responseCode = "404", description = "No such filing")
  @APIResponse(
      responseCode = "409",
      description =
          "review-step-not-allowed: the return is not under review or queried (a submitted"
              + " return is taken into review first; a decided one moves on only when amended);"
              + " allowed lists where it may go")
  @APIResponse(
      responseCode = "422",
      description =
          "query-field-unknown: a field named is not one of the return's template (errors names"
              + " each, as fields[i]); query-due-date-past: the due date is before today")
  public Response raise(
      @PathParam("filingId") UUID filingId, @NotNull @Valid QueryRaising raising) {
    QueryView query = queries.raise(filingId, raising);
    return Response.created(URI.create("/api/v1/queries/" + query.id())).entity(query).build();
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The queries about a return",
      description =
          "In the order they were raised. A platform's users see those about their own"
              + " platform's returns; regulators see all.")
  @APIResponse(responseCode = "200", description = "A page of queries, without their messages")
  @APIResponse(responseCode = "404", description = "No such filing, or another platform's")
  public Page<QuerySummary> list(
      @PathParam("filingId") UUID filingId, @Valid @BeanParam PageRequest page) {
    return queries.ofFiling(filingId, page);
  }
}
