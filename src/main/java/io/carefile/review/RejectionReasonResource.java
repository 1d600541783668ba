package io.carefile.review;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rejection-reasons")
@Authenticated
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class RejectionReasonResource {

  private final RejectionReasons reasons;

  RejectionReasonResource(RejectionReasons reasons) {
    this.reasons = reasons;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The reasons a return may be rejected for",
      description =
          "Codes and labels from carefile.review.rejection-reasons: the whole list, a handful.")
  @APIResponse(responseCode = "200", description = "Every reason")
  public List<RejectionReason> list() {
    return reasons.all();
  }
}
