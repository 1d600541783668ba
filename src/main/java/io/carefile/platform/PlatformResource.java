package io.carefile.platform;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "List platforms",
      description =
          "Regulators see every platform; a platform's users see only their own. Filter by status,"
              + " category and text; sorted by legal name.")
  @APIResponse(responseCode = "200", description = "One page of platforms")
  @APIResponse(responseCode = "400", description = "An invalid filter or paging parameter")
  public Page<PlatformView> list(
      @Valid @BeanParam PlatformFilter filter, @Valid @BeanParam PageRequest page) {
    return platforms.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "Read one platform")
  @APIResponse(responseCode = "200", description = "The platform")
  @APIResponse(responseCode = "404", description = "No such platform, or another platform's")
  public PlatformView get(@PathParam("id") UUID id) {
    return platforms.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Onboard a platform",
      description =
          "Creates the platform, derives its category, and provisions its identity in Keycloak: a"
              + " group /platforms/{slug} and the first compliance officer (role platform-officer,"
              + " no password yet: Keycloak makes them choose one at first sign-in; no email is"
              + " sent). All or nothing: if Keycloak or the database fails, nothing is created."
              + " Recorded in the audit trail.")
  @APIResponse(responseCode = "201", description = "The platform and its new identity records")
  @APIResponse(responseCode = "400", description = "Invalid data; each invalid field is listed")
  @APIResponse(
      responseCode = "409",
      description =
          "The slug is taken, Keycloak already has its group, or the officer's email already has"
              + " an account")
  @APIResponse(
      responseCode = "503",
      description = "Keycloak failed; nothing was created, try again later")
  public RestResponse<PlatformOnboarding> onboard(
      @NotNull @Valid PlatformOnboardingRequest request) {
    PlatformOnboarding onboarding = platforms.onboard(request);
    return RestResponse.ResponseBuilder.<PlatformOnboarding>created(
            URI.create("/api/v1/platforms/" + onboarding.platform().id()))
        .entity(onboarding)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Edit a platform's profile",
      description =
          "Replaces the profile (the slug and status stay) and re-derives the category. Recorded"
              + " in the audit trail when anything changed.")
  @APIResponse(responseCode = "200", description = "The platform after the change")
  @APIResponse(responseCode = "400", description = "Invalid data; each invalid field is listed")
  @APIResponse(responseCode = "404", description = "No such platform")
  @APIResponse(responseCode = "409", description = "Stale expectedVersion")
  public PlatformView updateProfile(
      @PathParam("id") UUID id, @NotNull @Valid PlatformProfileUpdate update) {
    return platforms.updateProfile(id, update);
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
      description = "Stale expectedVersion, or the platform already has that status")
  public PlatformView changeStatus(
      @PathParam("id") UUID id, @NotNull @Valid PlatformStatusChange change) {
    return platforms.changeStatus(id, change);
  }
}
