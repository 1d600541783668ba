package io.carefile.portal.filing;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.filing.spreadsheet.CellFinding;
import io.carefile.filing.spreadsheet.SpreadsheetFilings;
import io.carefile.filing.spreadsheet.SpreadsheetProblems;
import io.carefile.filing.spreadsheet.SpreadsheetUpload;
import io.carefile.filing.spreadsheet.WorkbookDownload;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A return filled in as a workbook: its download, prefilled with the draft, and the upload form on
 * the return's page, which saves the draft or sends the workbook back marked. The answer page lists
 * every finding with its cell; which refusal it shows is the feature's code.
 */
@Path(PortalRoutes.FILINGS + "/{id}/workbook")
@Authenticated
public class FilingWorkbookPage {

  static final String WORKBOOK = "workbook";
  static final String ACTION = "action";

  /** The action of the form's second button: check and send the workbook back marked. */
  static final String CHECK = "check";

  private final SpreadsheetFilings spreadsheets;
  private final FilingQueries filingQueries;
  private final FilingMessages messages;
  private final PortalMessages shared;

  FilingWorkbookPage(
      SpreadsheetFilings spreadsheets,
      FilingQueries filingQueries,
      FilingMessages messages,
      PortalMessages shared) {
    this.spreadsheets = spreadsheets;
    this.filingQueries = filingQueries;
    this.messages = messages;
    this.shared = shared;
  }

  /** One finding at one cell, as the page lists it. */
  public record CellRow(String cell, String question, String ruleId, String message) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance result(
        FilingView filing,
        String title,
        String returnTitle,
        List<ErrorLink> errors,
        String fileError,
        List<CellRow> rows,
        boolean saved);
  }

  @GET
  @Produces(WorkbookDownload.MEDIA_TYPE)
  @RolesAllowed(Roles.ANY_ROLE)
  public Response download(@PathParam("id") UUID id) {
    FilingView filing = filingQueries.get(id);
    return attachment(spreadsheets.obligationWorkbook(filing.obligationId()));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.TEXT_HTML, WorkbookDownload.MEDIA_TYPE})
  @RolesAllowed(Roles.PLATFORM_USER)
  public Response upload(
      @PathParam("id") UUID id,
      @RestForm(WORKBOOK) FileUpload workbook,
      @RestForm(ACTION) String action) {
    FilingView filing = filingQueries.get(id);
    CompiledTemplate template = filingQueries.templateOf(id);
    if (workbook == null || workbook.uploadedFile() == null || workbook.size() == 0) {
      return refused(filing, template, 400, messages.workbookChoose(), List.of());
    }
    try {
      if (CHECK.equals(action)) {
        return attachment(
            spreadsheets.annotated(
                filing.obligationId(), workbook.uploadedFile(), workbook.size()));
      }
      SpreadsheetUpload uploaded =
          spreadsheets.upload(filing.obligationId(), workbook.uploadedFile(), workbook.size());
      String heading = messages.workbookSavedTitle();
      return Response.ok(
              Templates.result(
                  uploaded.filing(),
                  heading,
                  template.definition().title(),
                  List.of(),
                  "",
                  rows(template, uploaded.findings()),
                  true))
          .type(MediaType.TEXT_HTML_TYPE)
          .build();
    } catch (ProblemException e) {
      if (e.is(FilingProblems.INVALID_VALUES)) {
        List<CellFinding> findings =
            e.findings().stream()
                .filter(CellFinding.class::isInstance)
                .map(CellFinding.class::cast)
                .toList();
        return refused(
            filing,
            template,
            e.type().status(),
            messages.workbookCellsUnreadable(findings.size()),
            rows(template, findings));
      }
      if (e.type() instanceof SpreadsheetProblems problem) {
        return refused(
            filing, template, e.type().status(), messages.workbookRefused(problem), List.of());
      }
      throw e;
    }
  }

  private Response refused(
      FilingView filing, CompiledTemplate template, int status, String error, List<CellRow> rows) {
    String heading = messages.workbookUploadTitle();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(
            Templates.result(
                filing,
                shared.errorTitle(heading),
                template.definition().title(),
                List.of(ErrorLink.to(WORKBOOK, error)),
                error,
                rows,
                false))
        .build();
  }

  private static List<CellRow> rows(CompiledTemplate template, List<CellFinding> findings) {
    return findings.stream()
        .flatMap(
            finding ->
                (finding.cells().isEmpty() ? List.of("") : finding.cells())
                    .stream()
                        .map(
                            cell ->
                                new CellRow(
                                    cell,
                                    questionOf(template, finding, cell),
                                    finding.ruleId(),
                                    finding.message())))
        .toList();
  }

  private static String questionOf(CompiledTemplate template, CellFinding finding, String cell) {
    int index = finding.cells().indexOf(cell);
    if (index < 0 || index >= finding.fields().size()) {
      return "";
    }
    Field field = template.fields().get(finding.fields().get(index));
    return field == null ? "" : field.label();
  }

  private static Response attachment(WorkbookDownload download) {
    return Response.ok(download.content(), WorkbookDownload.MEDIA_TYPE)
        .header("Content-Disposition", download.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
