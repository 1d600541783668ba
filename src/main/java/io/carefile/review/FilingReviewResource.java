package io.carefile.review;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/filings/{id}/review")
@Authenticated
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class FilingReviewResource {

  private final ReviewQueue queue;

  FilingReviewResource(ReviewQueue queue) {
    this.queue = queue;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A return's review status and decisions",
      description =
          "The return's status in the regulator's review and every decision taken on it. A"
              + " platform's users see their own platform's returns; regulators see all, and also"
              + " the return as the review queue shows it (assignee, priority).")
  @APIResponse(responseCode = "200", description = "The review")
  @APIResponse(
      responseCode = "404",
      description = "No such filing, another platform's, or one never submitted")
  public ReturnReview review(@PathParam("id") UUID id) {
    return queue.returnReview(id);
  }
}
