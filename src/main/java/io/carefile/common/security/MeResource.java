package io.carefile.common.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Authenticated
@Tag(name = "Identity", description = "Who the caller is")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  private final Caller caller;

  MeResource(Caller caller) {
    this.caller = caller;
  }

  @Schema(name = "Me", description = "The authenticated caller")
  public record Me(
      @Schema(description = "Keycloak subject (user or service account id)") String subject,
      @Schema(description = "Login name, or service-account-<client> for platform systems")
          String username,
      @Schema(description = "Display name") String displayName,
      @Schema(description = "Carefile realm roles") Set<String> roles,
      @Schema(description = "The platform the caller acts for; absent for regulator staff")
          UUID platformId,
      @Schema(description = "True when the caller sees only their own platform's data")
          boolean platformScoped) {}

  @GET
  @RolesAllowed("**")
  @Operation(summary = "Who am I", description = "The caller's identity, roles and platform.")
  public Me me() {
    Set<String> carefileRoles = new TreeSet<>(caller.roles());
    carefileRoles.retainAll(Roles.ALL);
    return new Me(
        caller.subject(),
        caller.username(),
        caller.displayName(),
        carefileRoles,
        caller.platformId(),
        caller.isPlatformScoped());
  }
}
