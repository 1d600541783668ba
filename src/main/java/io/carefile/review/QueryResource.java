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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The query inbox, one query's thread, replies and closure. */
@Path("/api/v1/queries")
@Authenticated
@Tag(name = "Queries", description = "Threads between the regulator's analysts and a platform")
@Produces(MediaType.APPLICATION_JSON)
public class QueryResource {

  private final QueryService queries;

  QueryResource(QueryService queries) {
    this.queries = queries;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The query inbox",
      description =
          "A platform's users and clients see their own platform's queries; regulators see every"
              + " platform's. The thread that moved last comes first.")
  @APIResponse(responseCode = "200", description = "A page of queries, without their messages")
  public Page<QuerySummary> inbox(
      @Valid @BeanParam QueryFilter filter, @Valid @BeanParam PageRequest page) {
    return queries.inbox(filter, page);
  }

  @GET
  @Path("/{queryId}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "A query with its thread, in the order written")
  @APIResponse(responseCode = "200", description = "The query")
  @APIResponse(responseCode = "404", description = "No such query, or another platform's")
  public QueryView get(@PathParam("queryId") UUID queryId) {
    return queries.get(queryId);
  }

  @POST
  @Path("/{queryId}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLATFORM_USER, Roles.REGULATOR_ANALYST})
  @Operation(
      summary = "Write in a query's thread",
      description =
          "From the platform (its officers, attestors and API clients) an answer: the query is"
              + " ANSWERED, and once no query of the return is open the return is under review"
              + " again. From an analyst a follow-up: the query is OPEN again and the return"
              + " QUERIED.")
  @APIResponse(responseCode = "200", description = "The query with its thread")
  @APIResponse(responseCode = "404", description = "No such query, or another platform's")
  @APIResponse(
      responseCode = "409",
      description =
          "query-closed: the query is closed; stale-version: expectedVersion is not the query's"
              + " version, or its return's queries changed meanwhile; review-step-not-allowed: a"
              + " follow-up on a return that is not under review or queried")
  public QueryView reply(@PathParam("queryId") UUID queryId, @NotNull @Valid QueryReply reply) {
    return queries.reply(queryId, reply);
  }

  @POST
  @Path("/{queryId}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Close a query",
      description =
          "Nothing more is said in it. Closing the last open query of a queried return puts the"
              + " return back under review.")
  @APIResponse(responseCode = "200", description = "The closed query with its thread")
  @APIResponse(responseCode = "404", description = "No such query")
  @APIResponse(
      responseCode = "409",
      description =
          "query-closed: the query is already closed; stale-version: expectedVersion is not the"
              + " query's version, or its return's queries changed meanwhile")
  public QueryView close(@PathParam("queryId") UUID queryId, @NotNull @Valid QueryClosure closure) {
    return queries.close(queryId, closure);
  }
}
