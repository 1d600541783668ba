package io.carefile.portal.filing;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.export.Exports;
import io.carefile.filing.Diff;
import io.carefile.filing.Draft;
import io.carefile.filing.FilingFilter;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingService;
import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingStart;
import io.carefile.filing.FilingView;
import io.carefile.filing.FilingWorkbook;
import io.carefile.filing.VersionSummary;
import io.carefile.obligation.ObligationProblems;
import io.carefile.portal.filing.ReturnScores.History;
import io.carefile.portal.filing.ReturnScores.PeerStanding;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.ReturnAnswers;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.carefile.review.QueryService;
import io.carefile.review.QuerySummary;
import io.carefile.scoring.ScoreView;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Section;
import io.carefile.validation.Finding;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A return in the portal: starting it from its obligation, its overview (sections to complete,
 * submitted versions), opening an amendment, and what changed between two versions. Regulator staff
 * may look; only the platform's people change anything.
 */
@Path(PortalRoutes.FILINGS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FilingOverviewPage {

  private final FilingService filings;
  private final FilingQueries filingQueries;
  private final ReturnAnswers answers;
  private final RegulatorCalendar calendar;
  private final Caller caller;
  private final ReturnScores scores;
  private final QueryService queries;
  private final FilingWorkbook workbook;

  FilingOverviewPage(
      FilingService filings,
      FilingQueries filingQueries,
      ReturnAnswers answers,
      RegulatorCalendar calendar,
      Caller caller,
      ReturnScores scores,
      QueryService queries,
      FilingWorkbook workbook) {
    this.filings = filings;
    this.filingQueries = filingQueries;
    this.answers = answers;
    this.calendar = calendar;
    this.caller = caller;
    this.scores = scores;
    this.queries = queries;
    this.workbook = workbook;
  }

  /** How far a section of the open draft has got. */
  public enum SectionState {
    NOT_STARTED,
    HAS_ERRORS,
    COMPLETED
  }

  /** One line of the task list: a section and its state. */
  public record SectionTask(String code, String title, SectionState state) {}

  /** One submitted version, with its time in the regulator's zone and its score (if it has one). */
  public record VersionRow(VersionSummary version, ZonedDateTime submittedAt, ScoreView score) {}

  /** One changed question: its answer in the earlier and in the later version. */
  public record Change(String label, List<String> before, List<String> after) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance overview(
        FilingView filing,
        String returnTitle,
        List<SectionTask> tasks,
        long errorCount,
        long warningCount,
        List<VersionRow> versions,
        boolean mayEdit,
        ScoreView latestScore,
        List<PeerStanding> peers,
        History history,
        List<QuerySummary> queries);

    static native TemplateInstance waived();

    static native TemplateInstance diff(
        FilingView filing, String returnTitle, int from, int to, List<Change> changes);
  }

  /** Starts the return for an obligation and opens its first section. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.PLATFORM_USER)
  public Response start(@RestForm("obligationId") String sent) {
    UUID obligationId = uuidOf(sent);
    if (obligationId == null) {
      // The button names the obligation: without one there is nothing to start but the list.
      return Response.seeOther(URI.create(PortalRoutes.OBLIGATIONS)).build();
    }
    try {
      FilingView filing = filings.start(new FilingStart(obligationId, null), FilingSource.PORTAL);
      Section first = filingQueries.templateOf(filing.id()).definition().sections().getFirst();
      return Response.seeOther(URI.create(PortalRoutes.filingSection(filing.id(), first.code())))
          .build();
    } catch (ProblemException e) {
      if (e.is(ObligationProblems.OBLIGATION_WAIVED)) {
        // Waived since the list was shown: say so, and that there is nothing to file.
        return Response.status(Response.Status.CONFLICT)
            .type(MediaType.TEXT_HTML_TYPE)
            .entity(Templates.waived())
            .build();
      }
      // Started meanwhile, perhaps by a colleague: continue that return rather than fail.
      Optional<FilingView> existing =
          e.is(FilingProblems.FILING_ALREADY_STARTED) ? filingOf(obligationId) : Optional.empty();
      return Response.seeOther(URI.create(PortalRoutes.filing(existing.orElseThrow(() -> e).id())))
          .build();
    }
  }

  /** The return in full as a workbook, as the API answers it. */
  @GET
  @Path("/{id}" + PortalRoutes.SPREADSHEET)
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.ANY_ROLE)
  public Response spreadsheet(@PathParam("id") UUID id) {
    return SpreadsheetDownloads.of(workbook.of(id));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance overview(@PathParam("id") UUID id) {
    FilingView filing = filingQueries.get(id);
    TemplateDefinition template = filingQueries.templateOf(id).definition();
    Draft draft = filing.draft();
    List<SectionTask> tasks =
        draft == null
            ? List.of()
            : template.sections().stream()
                .map(
                    section ->
                        new SectionTask(section.code(), section.title(), state(section, draft)))
                .toList();
    List<Finding> findings = draft == null ? List.of() : draft.findings();
    Map<Integer, ScoreView> versionScores = scores.byVersion(filing);
    List<VersionRow> versions =
        filing.versions().stream()
            .map(
                version ->
                    new VersionRow(
                        version,
                        version.submittedAt().atZone(calendar.zone()),
                        versionScores.get(version.number())))
            .toList();
    ScoreView latestScore = versionScores.get(filing.latestVersion());
    return Templates.overview(
        filing,
        template.title(),
        tasks,
        findings.stream().filter(Finding::isError).count(),
        findings.stream().filter(Finding::isWarning).count(),
        versions,
        caller.isPlatformScoped(),
        latestScore,
        latestScore == null ? List.of() : scores.peersOf(filing),
        filing.latestVersion() == 0 ? null : scores.historyOf(filing),
        // Queries are raised about submitted returns only.
        filing.latestVersion() == 0
            ? List.of()
            : queries.ofFiling(id, PageRequest.of(1, PageRequest.MAX_SIZE)).items());
  }

  /** Opens a draft from the latest version, to correct a submitted return. */
  @POST
  @Path("/{id}/amendment")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.PLATFORM_USER)
  public Response startAmendment(@PathParam("id") UUID id) {
    try {
      filings.startAmendment(id);
    } catch (ProblemException e) {
      // A colleague opened the amendment first: the overview shows it, ready to continue.
      if (!e.is(FilingProblems.AMENDMENT_IN_PROGRESS)) {
        throw e;
      }
    }
    return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
  }

  @GET
  @Path("/{id}/diff")
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance diff(
      @PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    FilingView filing = filingQueries.get(id);
    int later = to == null ? filing.latestVersion() : to;
    int earlier = from == null ? later - 1 : from;
    Diff diff = filingQueries.diff(id, earlier, later);
    CompiledTemplate template = filingQueries.templateOf(id);
    List<Change> changes =
        diff.changes().stream()
            .map(
                change -> {
                  Field field = template.fields().get(change.field());
                  return new Change(
                      change.label(),
                      answers.lines(field, change.before()),
                      answers.lines(field, change.after()));
                })
            .toList();
    return Templates.diff(filing, template.definition().title(), earlier, later, changes);
  }

  /** Not started until a question is answered; then complete once no error concerns it. */
  static SectionState state(Section section, Draft draft) {
    Set<String> codes = section.fields().stream().map(Field::code).collect(Collectors.toSet());
    if (codes.stream().noneMatch(draft.values()::containsKey)) {
      return SectionState.NOT_STARTED;
    }
    boolean hasErrors =
        draft.findings().stream()
            .filter(Finding::isError)
            .anyMatch(finding -> finding.fields().stream().anyMatch(codes::contains));
    return hasErrors ? SectionState.HAS_ERRORS : SectionState.COMPLETED;
  }

  /** The obligation's id as the button sent it, or null when it sent none that reads as one. */
  private static UUID uuidOf(String sent) {
    if (sent == null
        || !sent.strip().matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(sent.strip());
  }

  private Optional<FilingView> filingOf(UUID obligationId) {
    return filingQueries
        .list(FilingFilter.ofObligation(obligationId), PageRequest.of(1, 1))
        .items()
        .stream()
        .findFirst();
  }
}
