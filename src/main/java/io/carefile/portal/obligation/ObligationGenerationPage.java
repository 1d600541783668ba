package io.carefile.portal.obligation;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.common.text.TextRules;
import io.carefile.obligation.ObligationGenerationResult;
import io.carefile.obligation.ObligationProblems;
import io.carefile.obligation.ObligationService;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The regulator administrator generates a period's obligations for one template: the same service
 * as {@code POST /api/v1/obligations/generation}, then the obligations list of that period.
 */
@Path(PortalRoutes.OBLIGATION_GENERATION)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ObligationGenerationPage {

  private final ObligationService obligations;
  private final TemplateService templates;
  private final ObligationMessages messages;
  private final PortalMessages shared;

  ObligationGenerationPage(
      ObligationService obligations,
      TemplateService templates,
      ObligationMessages messages,
      PortalMessages shared) {
    this.obligations = obligations;
    this.templates = templates;
    this.messages = messages;
    this.shared = shared;
  }

  /** What was typed, kept as text so that the form can be shown again exactly as sent. */
  public record Typed(String templateCode, String day, String month, String year) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        String title,
        List<TemplateVersionView> templates,
        Typed typed,
        String templateError,
        String periodStartError,
        List<ErrorLink> errors);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance form() {
    return page(new Typed("", "", "", ""), null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object generate(
      @RestForm String templateCode,
      @RestForm("periodStart-day") String day,
      @RestForm("periodStart-month") String month,
      @RestForm("periodStart-year") String year) {
    Typed typed = new Typed(text(templateCode), text(day), text(month), text(year));
    // The template is chosen from a list: anything else, a code that cannot even be looked up
    // (NUL, say) included, is no choice at all.
    String templateError =
        typed.templateCode().isEmpty() || TextRules.firstUnstorable(typed.templateCode()) >= 0
            ? messages.templateRequired()
            : null;
    LocalDate periodStart = null;
    String periodStartError = null;
    if (typed.day().isEmpty() && typed.month().isEmpty() && typed.year().isEmpty()) {
      periodStartError = messages.periodStartRequired();
    } else {
      try {
        periodStart =
            LocalDate.of(
                Integer.parseInt(typed.year()),
                Integer.parseInt(typed.month()),
                Integer.parseInt(typed.day()));
      } catch (NumberFormatException | DateTimeException e) {
        periodStartError = messages.periodStartNotADate();
      }
    }
    if (templateError != null || periodStartError != null) {
      return page(typed, templateError, periodStartError);
    }
    try {
      ObligationGenerationResult result = obligations.generate(typed.templateCode(), periodStart);
      return Response.seeOther(
              UriBuilder.fromPath(PortalRoutes.OBLIGATIONS)
                  .queryParam("from", result.periodStart())
                  .queryParam("to", result.periodEnd())
                  .build())
          .build();
    } catch (ProblemException e) {
      if (e.is(ObligationProblems.INVALID_PERIOD)) {
        return page(typed, null, messages.periodStartInvalid());
      }
      if (e.is(ProblemType.NOT_FOUND)) {
        // The template was chosen from the list; only a hand-made request names an unknown one.
        return page(typed, messages.templateRequired(), null);
      }
      throw e;
    }
  }

  private TemplateInstance page(Typed typed, String templateError, String periodStartError) {
    List<ErrorLink> errors =
        Stream.of(
                templateError == null ? null : ErrorLink.to("templateCode", templateError),
                periodStartError == null ? null : ErrorLink.to("periodStart", periodStartError))
            .filter(Objects::nonNull)
            .toList();
    String title = messages.generationTitle();
    return Templates.form(
        errors.isEmpty() ? title : shared.errorTitle(title),
        templates.listLatest(PageRequest.of(1, PageRequest.MAX_SIZE)).items(),
        typed,
        templateError,
        periodStartError,
        errors);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
