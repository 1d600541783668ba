package io.carefile.filing.spreadsheet;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/templates/{code}/versions/{version: [0-9]{1,9}}/workbook")
@Authenticated
@Tag(name = "Spreadsheets")
public class TemplateWorkbookResource {

  private final SpreadsheetFilings spreadsheets;

  TemplateWorkbookResource(SpreadsheetFilings spreadsheets) {
    this.spreadsheets = spreadsheets;
  }

  @GET
  @Produces(WorkbookDownload.MEDIA_TYPE)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Download a template version's blank workbook",
      description =
          "Instructions, one protected sheet per section with typed and validated answer cells, and"
              + " the template's code and version as metadata. It can start the return of an"
              + " obligation of that version that has none yet.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content =
          @Content(
              mediaType = WorkbookDownload.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "No such published template version")
  public Response download(
      @PathParam("code") @Size(max = 32) String code, @PathParam("version") int version) {
    return ObligationWorkbookResource.attachment(spreadsheets.templateWorkbook(code, version));
  }
}
