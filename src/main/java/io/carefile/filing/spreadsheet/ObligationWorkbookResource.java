package io.carefile.filing.spreadsheet;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(ObligationWorkbookResource.PATH)
@Authenticated
@Tag(name = "Spreadsheets", description = "Returns filled in and uploaded as Excel workbooks")
public class ObligationWorkbookResource {

  static final String PATH = "/api/v1/obligations/{id}/workbook";

  /** The multipart file part that carries the workbook. */
  public static final String WORKBOOK = "workbook";

  private static final String REFUSALS =
      "; nothing was saved (see docs/spreadsheets.md for every code)";

  private final SpreadsheetFilings spreadsheets;

  ObligationWorkbookResource(SpreadsheetFilings spreadsheets) {
    this.spreadsheets = spreadsheets;
  }

  @GET
  @Produces(WorkbookDownload.MEDIA_TYPE)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Download the obligation's workbook",
      description =
          "The template's workbook for this obligation, prefilled with its return's draft if one is"
              + " open, and marked with the obligation and the return's version so that an upload"
              + " is matched back and a stale one refused.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content =
          @Content(
              mediaType = WorkbookDownload.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "No such obligation, or another platform's")
  public Response download(@PathParam("id") UUID id) {
    return attachment(spreadsheets.obligationWorkbook(id));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Upload a filled workbook",
      description =
          "Saves the workbook's answers as the obligation's draft (starting its return if it has"
              + " none), read and validated as the API reads a draft. Answers the draft with its"
              + " findings, each naming its cells ('Detection'!C5). Submitting stays a separate"
              + " step.")
  @APIResponse(
      responseCode = "200",
      description = "The draft as saved, with its findings by cell",
      content = @Content(schema = @Schema(implementation = SpreadsheetUpload.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "workbook-required; invalid-values: cells that cannot be read as their answers (a"
              + " formula, SHEET-FORMULA; a wrong type, FIELD-TYPE), listed in findings with their"
              + " cells"
              + REFUSALS)
  @APIResponse(responseCode = "404", description = "No such obligation, or another platform's")
  @APIResponse(
      responseCode = "409",
      description =
          "workbook-stale: the return changed since the workbook was made; no-open-draft,"
              + " obligation-waived, stale-version"
              + REFUSALS)
  @APIResponse(responseCode = "413", description = "workbook-too-large" + REFUSALS)
  @APIResponse(
      responseCode = "415",
      description = "not-a-workbook: a PDF, an .xls, a CSV or another file" + REFUSALS)
  @APIResponse(
      responseCode = "422",
      description =
          "workbook-too-many-entries, workbook-duplicate-entry, workbook-inflates-too-far,"
              + " workbook-doctype, workbook-too-many-sheets, workbook-too-many-rows,"
              + " workbook-too-many-columns, workbook-unreadable, workbook-not-recognised,"
              + " workbook-layout-changed, workbook-other-template, workbook-other-obligation"
              + REFUSALS)
  public SpreadsheetUpload upload(
      @PathParam("id") UUID id,
      @RestForm(WORKBOOK) @Schema(implementation = WorkbookPart.class, required = true)
          FileUpload workbook) {
    FileUpload file = required(workbook);
    return spreadsheets.upload(id, file.uploadedFile(), file.size());
  }

  @POST
  @Path("/annotated")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(WorkbookDownload.MEDIA_TYPE)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Check a filled workbook and get it back marked",
      description =
          "Reads the workbook as an upload does, saves nothing, and sends it back with each cell"
              + " at fault filled red with a comment, and an Errors sheet linking to those cells.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook, marked",
      content =
          @Content(
              mediaType = WorkbookDownload.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "workbook-required")
  @APIResponse(responseCode = "404", description = "No such obligation, or another platform's")
  @APIResponse(responseCode = "413", description = "workbook-too-large")
  @APIResponse(responseCode = "415", description = "not-a-workbook")
  @APIResponse(
      responseCode = "422",
      description = "The workbook is not safe to read, or not this obligation's, as for an upload")
  public Response annotated(
      @PathParam("id") UUID id,
      @RestForm(WORKBOOK) @Schema(implementation = WorkbookPart.class, required = true)
          FileUpload workbook) {
    FileUpload file = required(workbook);
    return attachment(spreadsheets.annotated(id, file.uploadedFile(), file.size()));
  }

  private static FileUpload required(FileUpload workbook) {
    if (workbook == null || workbook.uploadedFile() == null) {
      throw ProblemException.onField(
          SpreadsheetProblems.WORKBOOK_REQUIRED,
          "Send the workbook as a file part named " + WORKBOOK,
          WORKBOOK,
          "must be a file");
    }
    return workbook;
  }

  static Response attachment(WorkbookDownload download) {
    return Response.ok(download.content(), WorkbookDownload.MEDIA_TYPE)
        .header("Content-Disposition", download.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
