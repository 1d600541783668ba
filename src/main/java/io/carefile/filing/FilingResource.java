package io.carefile.filing;

import io.carefile.common.openapi.ApiDocumentFilter;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.export.SpreadsheetResponses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/filings")
@Authenticated
@Tag(name = "Filings", description = "Drafts, submissions, receipts and amendments of returns")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

  /** The header a client sets so that a retried submission files nothing twice. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final FilingService filings;
  private final FilingQueries filingQueries;
  private final Exports exports;
  private final FilingRegisterExport registerExport;
  private final FilingWorkbook workbook;

  FilingResource(
      FilingService filings,
      FilingQueries filingQueries,
      Exports exports,
      FilingRegisterExport registerExport,
      FilingWorkbook workbook) {
    this.filings = filings;
    this.filingQueries = filingQueries;
    this.exports = exports;
    this.registerExport = registerExport;
    this.workbook = workbook;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "List returns",
      description = "A platform's users see their own platform's returns; regulators see all.")
  public Page<FilingView> list(
      @Valid @BeanParam FilingFilter filter, @Valid @BeanParam PageRequest page) {
    return filingQueries.list(filter, page);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export the list of returns as a spreadsheet",
      description = "Every return the filters match (not one page), in the caller's scope.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  public Response listAsSpreadsheet(@Valid @BeanParam FilingFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(registerExport, filter));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Start the return for an obligation",
      description =
          "Creates the draft, with any values given, and answers it with advisory findings.")
  @APIResponse(responseCode = "201", description = "The new filing and its draft")
  @APIResponse(
      responseCode = "400",
      description = "Unknown fields or values of the wrong type; nothing was saved")
  @APIResponse(
      responseCode = "409",
      description = "The obligation was waived or already has its return")
  public Response start(@NotNull @Valid FilingStart start) {
    FilingView filing = filings.start(start, FilingSource.API);
    return Response.created(URI.create("/api/v1/filings/" + filing.id())).entity(filing).build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "Read a return: its draft with findings, and its versions")
  @APIResponse(responseCode = "200", description = "The filing")
  @APIResponse(responseCode = "404", description = "No such filing, or another platform's")
  public FilingView get(@PathParam("id") UUID id) {
    return filingQueries.get(id);
  }

  @GET
  @Path("/{id}")
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export a return in full as a spreadsheet",
      description =
          "Asked for with Accept: "
              + Exports.SPREADSHEET
              + ". An About sheet, then the values by section, the findings, the explanations of"
              + " warnings, the score breakdown and the history (versions and review decisions):"
              + " of the latest submitted version, or of the draft of a return never submitted.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content = @Content(mediaType = Exports.SPREADSHEET))
  @APIResponse(responseCode = "404", description = "No such filing, or another platform's")
  public Response getAsSpreadsheet(@PathParam("id") UUID id) {
    return SpreadsheetResponses.file(workbook.of(id));
  }

  @PATCH
  @Path("/{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Save part of the draft",
      description =
          "Changes the values given (null clears a field), keeps the rest, and answers the draft"
              + " with advisory findings for the whole return.")
  @APIResponse(responseCode = "200", description = "The filing with its saved draft")
  @APIResponse(
      responseCode = "400",
      description = "Unknown fields or values of the wrong type; nothing was saved")
  @APIResponse(responseCode = "409", description = "Stale expectedVersion, or no draft is open")
  public FilingView saveDraft(@PathParam("id") UUID id, @NotNull @Valid DraftUpdate update) {
    return filings.saveDraft(id, update, FilingSource.API);
  }

  @POST
  @Path("/{id}/amendment")
  // No body is read; declaring JSON answers a form-encoded POST with 415 before the CSRF filter,
  // which would refuse it with an empty 400.
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Start an amendment",
      description = "Opens a draft holding the latest submitted version's values.")
  @APIResponse(responseCode = "200", description = "The filing with its new draft")
  @APIResponse(
      responseCode = "409",
      description = "Nothing submitted yet, or an amendment is already in progress")
  public FilingView startAmendment(@PathParam("id") UUID id) {
    return filings.startAmendment(id);
  }

  @POST
  @Path("/{id}/submissions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Attest and submit",
      description =
          "Stores the draft (or the complete values sent) as the next immutable version, with"
              + " its receipt, and fulfils the obligation. A person needs the platform-attestor"
              + " role; a platform's API client names an attestor of its platform. Send an"
              + " Idempotency-Key to retry safely: the same key and body answer the first result.")
  @APIResponse(responseCode = "201", description = "Stored; the receipt")
  @APIResponse(
      responseCode = "403",
      description = "The caller, or the attestor named, may not attest")
  @APIResponse(
      responseCode = "409",
      description = "Waived obligation, nothing to submit, or a stale expectedVersion")
  @APIResponse(
      responseCode = "422",
      description =
          "Errors block submission, a warning lacks an explanation, or the Idempotency-Key was"
              + " used for another request; the findings are listed")
  public Response submit(
      @PathParam("id") UUID id,
      // Bounded by IdempotencyKey, which refuses a bad key with its own code.
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              description = "1 to 255 printable ASCII characters",
              schema = @Schema(type = SchemaType.STRING, maxLength = 255))
          String idempotencyKey,
      @NotNull @Valid Submission submission) {
    SubmissionResult result = filings.submit(id, submission, idempotencyKey, FilingSource.API);
    return Response.created(URI.create(result.receipt())).entity(result).build();
  }

  @GET
  @Path("/{id}/versions/{number}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "Read a submitted version in full")
  public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
    return filingQueries.version(id, number);
  }

  @GET
  @Path("/{id}/versions/{number}/receipt")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The receipt of a submitted version",
      description =
          "canonicalPayload is exactly what was filed, as RFC 8785 canonical JSON; the SHA-256 of"
              + " its UTF-8 bytes is sha256.")
  public Receipt receipt(@PathParam("id") UUID id, @PathParam("number") int number) {
    return filingQueries.receipt(id, number);
  }

  @GET
  @Path("/{id}/diff")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "What changed between two submitted versions, field by field")
  public Diff diff(
      @PathParam("id") UUID id,
      @NotNull @Min(1) @QueryParam("from") Integer from,
      @NotNull @Min(1) @QueryParam("to") Integer to) {
    return filingQueries.diff(id, from, to);
  }
}
