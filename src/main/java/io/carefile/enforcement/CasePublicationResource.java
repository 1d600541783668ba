package io.carefile.enforcement;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(EnforcementCaseResource.PATH + "/{id}/publication")
@Authenticated
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class CasePublicationResource {

  private final CasePublications publications;

  CasePublicationResource(CasePublications publications) {
    this.publications = publications;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Publish the decision on the public register",
      description =
          "An enforcement officer publishes a confirmation decision that stands, once, with a"
              + " summary for the public; the register shows it with the platform's name as it was"
              + " then. The case's stage and version do not change.")
  @APIResponse(responseCode = "201", description = "The publication")
  @APIResponse(responseCode = "404", description = "No such case")
  @APIResponse(
      responseCode = "409",
      description =
          "decision-not-confirmed: the case is not at CONFIRMATION_DECISION;"
              + " decision-set-aside: an appeal against it was upheld;"
              + " decision-already-published; stale-version")
  public Response publish(@PathParam("id") UUID id, @NotNull @Valid PublicationRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(publications.publish(id, request))
        .build();
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The decision's publication",
      description = "Platform users and clients see their own platform's, regulators every one.")
  @APIResponse(responseCode = "200", description = "The publication")
  @APIResponse(responseCode = "404", description = "No such case, or its decision is unpublished")
  public PublicationView get(@PathParam("id") UUID id) {
    return publications.of(id);
  }
}
