package io.carefile.register;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register as JSON: for anyone, without signing in. */
@Path(PublicRegisterResource.PATH)
@PermitAll
@Tag(
    name = "Public register",
    description =
        "Published enforcement decisions and aggregate figures, readable without signing in")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRegisterResource {

  static final String PATH = "/api/v1/public/register";

  private final PublicRegister register;

  PublicRegisterResource(PublicRegister register) {
    this.register = register;
  }

  @GET
  @Path("/decisions")
  @PermitAll
  @Operation(
      summary = "Published decisions",
      description = "Confirmation decisions the regulator published, the latest published first")
  @APIResponse(responseCode = "200", description = "A page of published decisions")
  public Page<PublishedDecision> decisions(@Valid @BeanParam PageRequest page) {
    return register.decisions(page);
  }

  @GET
  @Path("/decisions/{reference}")
  @PermitAll
  @Operation(summary = "One published decision, by its case's reference")
  @APIResponse(responseCode = "200", description = "The decision")
  @APIResponse(
      responseCode = "404",
      description = "No published decision has this reference (whether or not a case has it)")
  public PublishedDecision decision(
      @PathParam("reference")
          @Size(max = 32)
          @Parameter(description = "The case's reference, ENF-2026-000123")
          String reference) {
    return register
        .decision(reference)
        .orElseThrow(() -> ProblemException.notFound("Published decision", reference));
  }

  @GET
  @Path("/statistics")
  @PermitAll
  @Operation(
      summary = "Aggregate figures",
      description =
          "Returns per template, period and category; enforcement cases per year and category."
              + " A figure counted over fewer than minCohort platforms is withheld, with the"
              + " reason.")
  @APIResponse(responseCode = "200", description = "The figures")
  public RegisterStatistics statistics() {
    return register.statistics();
  }
}
