package io.carefile.audit;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Authenticated
@Tag(name = "Audit", description = "The hash-chained audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private final AuditVerifier verifier;

  AuditResource(AuditVerifier verifier) {
    this.verifier = verifier;
  }

  @GET
  @Path("/verify")
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Verify the audit chain",
      description = "Recomputes every link from the first and names the first broken one.")
  @APIResponse(responseCode = "200", description = "The verification outcome")
  @APIResponse(responseCode = "403", description = "Not a regulator administrator")
  public AuditVerification verify() {
    return verifier.verify();
  }
}
