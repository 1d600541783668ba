package io.carefile.export;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exports")
@Authenticated
@Tag(
    name = "Exports",
    description =
        "Background spreadsheet exports: a list asked for as a spreadsheet with more rows than are"
            + " answered at once")
public class ExportResource {

  private final Exports exports;

  ExportResource(Exports exports) {
    this.exports = exports;
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Read a background export's progress",
      description = "Rows written of the total, and once DONE where to download the file.")
  @APIResponse(responseCode = "200", description = "The export's state and progress")
  @APIResponse(responseCode = "404", description = "No such export, or someone else's")
  public ExportStatus status(@PathParam("id") UUID id) {
    return exports.status(id);
  }

  @GET
  @Path("/{id}/file")
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "Download a background export's workbook")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content = @Content(mediaType = Exports.SPREADSHEET))
  @APIResponse(responseCode = "404", description = "No such export, or someone else's")
  @APIResponse(
      responseCode = "409",
      description = "export-not-ready (still being written) or export-failed")
  @APIResponse(responseCode = "410", description = "export-expired: the file is deleted")
  public Response file(@PathParam("id") UUID id) {
    return SpreadsheetResponses.file(exports.file(id));
  }
}
