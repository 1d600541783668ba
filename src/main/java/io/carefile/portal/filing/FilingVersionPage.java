package io.carefile.portal.filing;

import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.filing.Receipt;
import io.carefile.filing.VersionView;
import io.carefile.portal.filing.ReturnScores.ScoreDetail;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.ReturnAnswers;
import io.carefile.portal.shared.ReturnAnswers.SectionAnswers;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.Finding;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A submitted version of a return: its receipt (accession number, when, who attested, the digest
 * and the receipt file to keep), its score explained indicator by indicator, then what was filed.
 */
@Path(PortalRoutes.FILINGS + "/{id}/versions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FilingVersionPage {

  private final FilingQueries filingQueries;
  private final ReturnAnswers answers;
  private final RegulatorCalendar calendar;
  private final ReturnScores scores;

  FilingVersionPage(
      FilingQueries filingQueries,
      ReturnAnswers answers,
      RegulatorCalendar calendar,
      ReturnScores scores) {
    this.filingQueries = filingQueries;
    this.answers = answers;
    this.calendar = calendar;
    this.scores = scores;
  }

  /** A warning found at submission, and how the filer explained it. */
  public record Explained(String message, String explanation) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance version(
        FilingView filing,
        String returnTitle,
        VersionView version,
        ZonedDateTime submittedAt,
        List<SectionAnswers> sections,
        List<Explained> explanations,
        ScoreDetail score);
  }

  @GET
  @Path("/{number}")
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance version(@PathParam("id") UUID id, @PathParam("number") int number) {
    VersionView version = filingQueries.version(id, number);
    CompiledTemplate template = filingQueries.templateOf(id);
    List<Explained> explanations =
        version.findings().stream()
            .filter(Finding::isWarning)
            .filter(warning -> version.explanations().containsKey(warning.key()))
            .map(
                warning ->
                    new Explained(warning.message(), version.explanations().get(warning.key())))
            .toList();
    return Templates.version(
        filingQueries.get(id),
        template.definition().title(),
        version,
        version.submittedAt().atZone(calendar.zone()),
        answers.bySection(template.definition(), version.values()),
        explanations,
        scores.scoreOf(id, number).map(score -> scores.detail(score, template)).orElse(null));
  }

  /** The receipt as the API gives it, as a file to keep. */
  @GET
  @Path("/{number}/receipt.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ANY_ROLE)
  public Response receipt(@PathParam("id") UUID id, @PathParam("number") int number) {
    Receipt receipt = filingQueries.receipt(id, number);
    return Response.ok(receipt, MediaType.APPLICATION_JSON_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + receipt.accessionNumber() + ".json\"")
        .build();
  }
}
