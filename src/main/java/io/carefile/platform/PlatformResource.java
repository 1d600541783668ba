package io.carefile.platform;

import io.carefile.common.error.Problem;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/platforms")
@Authenticated
@Tag(name = "Platforms", description = "Regulated online services (the tenants)")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

  private final PlatformService platforms;

  PlatformResource(PlatformService platforms) {
    this.platforms = platforms;
  }

  @GET
  @RolesAllowed({
    Roles.PLATFORM_OFFICER,
    Roles.PLATFORM_ATTESTOR,
    Roles.REGULATOR_ANALYST,
    Roles.REGULATOR_ENFORCEMENT,
    Roles.REGULATOR_ADMIN
  })
  @Operation(
      summary = "List platforms",
      description = "Regulators see every platform; a platform's users see only their own.")
  public Page<PlatformView> list(@Valid @BeanParam PageRequest page) {
    return platforms.list(page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.PLATFORM_OFFICER,
    Roles.PLATFORM_ATTESTOR,
    Roles.REGULATOR_ANALYST,
    Roles.REGULATOR_ENFORCEMENT,
    Roles.REGULATOR_ADMIN
  })
  @Operation(summary = "Read one platform")
  @APIResponse(responseCode = "200", description = "The platform")
  @APIResponse(
      responseCode = "404",
      description = "No such platform, or another platform's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlatformView get(@PathParam("id") UUID id) {
    return platforms.get(id);
  }

  @PUT
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Change a platform's status",
      description = "Suspend, reinstate or exit a platform. Recorded in the audit trail.")
  @APIResponse(responseCode = "200", description = "The platform after the change")
  @APIResponse(
      responseCode = "409",
      description = "Stale expectedVersion, or the platform already has that status",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlatformView changeStatus(
      @PathParam("id") UUID id, @NotNull @Valid PlatformStatusChange change) {
    return platforms.changeStatus(id, change);
  }
}
