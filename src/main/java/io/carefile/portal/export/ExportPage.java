package io.carefile.portal.export;

import io.carefile.common.security.Roles;
import io.carefile.export.ExportState;
import io.carefile.export.ExportStatus;
import io.carefile.export.Exports;
import io.carefile.export.SpreadsheetResponses;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A background export's page, for the person who asked for it: a progress bar that a small script
 * ({@code /static/carefile/export-progress.js}) moves by polling the status, without reloading;
 * without the script, a "check again" link. Once written, the download link; once expired, a note
 * to ask again. Anyone else's export is not found.
 */
@Path(PortalRoutes.EXPORTS + "/{id}")
@Authenticated
public class ExportPage {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Exports exports;

  ExportPage(Exports exports) {
    this.exports = exports;
  }

  /** What the page and its script show of the export. */
  public record Progress(
      UUID id,
      String title,
      ExportState state,
      long rowsDone,
      long rowsTotal,
      int percent,
      ZonedDateTime expiresAt,
      String download) {

    static Progress of(ExportStatus status) {
      return new Progress(
          status.id(),
          status.title(),
          status.state(),
          status.rowsDone(),
          status.rowsTotal(),
          status.percentDone(),
          status.expiresAt().atZone(UK),
          PortalRoutes.export(status.id()) + "/file");
    }

    public boolean done() {
      return state == ExportState.DONE;
    }

    public boolean writing() {
      return state == ExportState.QUEUED || state == ExportState.RUNNING;
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance export(Progress progress, String statusPath);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance page(@PathParam("id") UUID id) {
    return Templates.export(Progress.of(exports.status(id)), PortalRoutes.export(id) + "/status");
  }

  /** The script's poll: the same progress as JSON. */
  @GET
  @Path("/status")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ANY_ROLE)
  public Progress status(@PathParam("id") UUID id) {
    return Progress.of(exports.status(id));
  }

  @GET
  @Path("/file")
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  public Response file(@PathParam("id") UUID id) {
    return SpreadsheetResponses.file(exports.file(id));
  }
}
