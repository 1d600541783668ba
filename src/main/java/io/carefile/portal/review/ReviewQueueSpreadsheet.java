package io.carefile.portal.review;

import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The review queue's "Download as spreadsheet": a route of its own, as under the queue's path a
 * return's review page ({@code /{filingId}}) would claim it; the queue page reads the filters.
 */
@Path(PortalRoutes.REVIEWS + PortalRoutes.SPREADSHEET)
@Authenticated
public class ReviewQueueSpreadsheet {

  private final ReviewQueuePage queue;

  ReviewQueueSpreadsheet(ReviewQueuePage queue) {
    this.queue = queue;
  }

  @GET
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.REGULATOR)
  public Response spreadsheet(@BeanParam QueueQuery sent) {
    return queue.spreadsheet(sent);
  }
}
