package io.carefile.portal.enforcement;

import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The penalties list's "Download as spreadsheet": a route of its own, as under the list's path a
 * penalty's page ({@code /{id}}) would claim it; the list page reads the filter.
 */
@Path(PortalRoutes.PENALTIES + PortalRoutes.SPREADSHEET)
@Authenticated
public class PenaltiesSpreadsheet {

  private final PenaltiesPage list;

  PenaltiesSpreadsheet(PenaltiesPage list) {
    this.list = list;
  }

  @GET
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.ANY_ROLE)
  public Response spreadsheet(@QueryParam("status") String status) {
    return list.spreadsheet(status);
  }
}
