package io.carefile.portal.filing;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import io.carefile.filing.Attestation;
import io.carefile.filing.FilingConfig;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingService;
import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingView;
import io.carefile.filing.Submission;
import io.carefile.filing.SubmissionResult;
import io.carefile.obligation.ObligationProblems;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.carefile.portal.shared.ReturnAnswers;
import io.carefile.portal.shared.ReturnAnswers.SectionAnswers;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Section;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Check your answers" for a return's draft: every answer with a way back to change it, what blocks
 * submission, an explanation for each warning, and the attestor's declaration and submission.
 */
@Path(PortalRoutes.FILINGS + "/{id}/submit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FilingSubmitPage {

  private static final String EXPLANATION = "explanation.";

  /** The longest key of a warning a submission takes ({@link Submission#explanations()}). */
  private static final int MAX_KEY = 200;

  private final FilingService filings;
  private final FilingQueries filingQueries;
  private final ReturnAnswers answers;
  private final FilingConfig config;
  private final Validator validator;
  private final Caller caller;
  private final FilingMessages messages;
  private final PortalMessages shared;

  FilingSubmitPage(
      FilingService filings,
      FilingQueries filingQueries,
      ReturnAnswers answers,
      FilingConfig config,
      Validator validator,
      Caller caller,
      FilingMessages messages,
      PortalMessages shared) {
    this.filings = filings;
    this.filingQueries = filingQueries;
    this.answers = answers;
    this.config = config;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
  }

  /** A warning to explain: its explanation as typed, and what is wrong with it. */
  public record Warning(String key, String id, String message, String explanation, String error) {}

  /** What was sent, and what is wrong with it, to show the page again. */
  private record Attempt(
      Map<String, String> explanations,
      Map<String, String> explanationErrors,
      boolean agreed,
      String agreedError,
      List<ErrorLink> errors) {

    static Attempt none() {
      return new Attempt(Map.of(), Map.of(), false, null, List.of());
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance check(
        String title,
        FilingView filing,
        String returnTitle,
        List<SectionAnswers> sections,
        List<ErrorLink> blocking,
        List<Warning> warnings,
        String statement,
        boolean mayAttest,
        List<ErrorLink> errors,
        boolean agreed,
        String agreedError,
        long expectedVersion);
  }

  @GET
  @RolesAllowed(Roles.PLATFORM_USER)
  public Object check(@PathParam("id") UUID id) {
    FilingView filing = filingQueries.get(id);
    if (filing.draft() == null) {
      return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
    }
    return page(filing, Attempt.none());
  }

  /** Submits the draft as the attestor; a refusal shows the page again with what to put right. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.PLATFORM_ATTESTOR)
  public Object submit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    PostedForm form = PostedForm.of(posted);
    long expectedVersion = form.version("expectedVersion");
    boolean agreed = "true".equals(form.first("agreed"));
    Map<String, String> typed = form.startingWith(EXPLANATION);
    Map<String, String> explanations = new LinkedHashMap<>();
    typed.forEach(
        (key, text) -> {
          // An input is named after its warning's key; a name that can be no key is no input of
          // this form, and what it carries is not sent on.
          if (!text.isBlank() && isWarningKey(key)) {
            explanations.put(key, text.strip());
          }
        });
    Submission submission =
        new Submission(null, expectedVersion, explanations, new Attestation(agreed, null));

    Map<String, String> explanationErrors = new LinkedHashMap<>();
    String agreedError = null;
    boolean stale = false;
    for (ConstraintViolation<Submission> violation : validator.validate(submission)) {
      String key = mapKey(violation);
      String property = violation.getPropertyPath().iterator().next().getName();
      if (key != null) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        explanationErrors.put(
            key,
            constraint == ReadableText.class
                ? messages.explanationUnreadable()
                : messages.explanationTooLong());
      } else if ("expectedVersion".equals(property)) {
        // The hidden version came back garbled: submitting would be refused as stale.
        stale = true;
      } else {
        agreedError = messages.submitAgreementRequired();
      }
    }
    if (stale && agreedError == null && explanationErrors.isEmpty()) {
      FilingView filing = filingQueries.get(id);
      if (filing.draft() == null) {
        return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
      }
      return page(
          filing,
          new Attempt(
              typed, Map.of(), agreed, null, List.of(new ErrorLink(null, messages.submitStale()))));
    }
    if (agreedError != null || !explanationErrors.isEmpty()) {
      // Say at once which warnings are still to be explained, as submitting would.
      FilingView filing = filingQueries.get(id);
      if (filing.draft() == null) {
        return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
      }
      ReturnValidator.unexplainedWarnings(filing.draft().findings(), explanations)
          .forEach(
              warning ->
                  explanationErrors.putIfAbsent(warning.key(), explanationRequired(id, warning)));
      return page(
          filing,
          new Attempt(typed, explanationErrors, agreed, agreedError, List.of()),
          expectedVersion);
    }
    try {
      SubmissionResult result = filings.submit(id, submission, null, FilingSource.PORTAL);
      return Response.seeOther(URI.create(PortalRoutes.filingVersion(id, result.version())))
          .build();
    } catch (ProblemException e) {
      FilingView filing = filingQueries.get(id);
      if (filing.draft() == null) {
        return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
      }
      if (e.is(FilingProblems.VALIDATION_FAILED)) {
        // The page shows what blocks submission, from the draft as it now is.
        return page(filing, new Attempt(typed, Map.of(), agreed, null, List.of()));
      }
      if (e.is(FilingProblems.EXPLANATION_REQUIRED)) {
        e.findings().stream()
            .filter(Finding.class::isInstance)
            .map(Finding.class::cast)
            .forEach(
                warning -> explanationErrors.put(warning.key(), explanationRequired(id, warning)));
        return page(
            filing,
            new Attempt(typed, explanationErrors, agreed, null, List.of()),
            expectedVersion);
      }
      String refusal;
      if (e.is(ProblemType.STALE_VERSION)) {
        refusal = messages.submitStale();
      } else if (e.is(ObligationProblems.OBLIGATION_WAIVED)) {
        refusal = messages.submitObligationWaived();
      } else {
        throw e;
      }
      // About the return as a whole, not one input: the summary shows it without a link.
      return page(
          filing,
          new Attempt(typed, Map.of(), agreed, null, List.of(new ErrorLink(null, refusal))));
    }
  }

  private TemplateInstance page(FilingView filing, Attempt attempt) {
    return page(filing, attempt, filing.version());
  }

  private TemplateInstance page(FilingView filing, Attempt attempt, long expectedVersion) {
    TemplateDefinition template = filingQueries.templateOf(filing.id()).definition();
    List<Finding> findings = filing.draft().findings();
    List<ErrorLink> blocking =
        findings.stream()
            .filter(Finding::isError)
            .map(finding -> new ErrorLink(link(filing.id(), template, finding), finding.message()))
            .toList();
    List<Warning> warnings =
        findings.stream()
            .filter(Finding::isWarning)
            .map(
                warning ->
                    new Warning(
                        warning.key(),
                        explanationId(warning.key()),
                        warning.message(),
                        attempt.explanations().getOrDefault(warning.key(), ""),
                        attempt.explanationErrors().get(warning.key())))
            .toList();
    List<ErrorLink> errors = new ArrayList<>(attempt.errors());
    warnings.stream()
        .filter(warning -> warning.error() != null)
        .forEach(warning -> errors.add(new ErrorLink("#" + warning.id(), warning.error())));
    if (attempt.agreedError() != null) {
      errors.add(new ErrorLink("#agreed", attempt.agreedError()));
    }
    return Templates.check(
        errors.isEmpty() ? messages.checkTitle() : shared.errorTitle(messages.checkTitle()),
        filing,
        template.title(),
        answers.bySection(template, filing.draft().values()),
        blocking,
        warnings,
        config.attestationStatement(),
        caller.hasRole(Roles.PLATFORM_ATTESTOR),
        errors,
        attempt.agreed(),
        attempt.agreedError(),
        expectedVersion);
  }

  /** Where to put a finding right: its first field, on the page of that field's section. */
  private static String link(UUID id, TemplateDefinition template, Finding finding) {
    for (String code : finding.fields()) {
      for (Section section : template.sections()) {
        if (section.fields().stream().anyMatch(field -> field.code().equals(code))) {
          return PortalRoutes.filingSection(id, section.code()) + "#" + code;
        }
      }
    }
    return PortalRoutes.filing(id);
  }

  /** "Explain the warning about" the first of the warning's fields. */
  private String explanationRequired(UUID id, Finding warning) {
    Map<String, Field> fields = filingQueries.templateOf(id).fields();
    String label =
        warning.fields().stream()
            .filter(fields::containsKey)
            .map(code -> fields.get(code).label())
            .findFirst()
            .orElse(warning.ruleId());
    return messages.explanationRequired(label);
  }

  /** A warning's key (a rule id, perhaps with "/" and a field code) as an HTML id. */
  static String explanationId(String key) {
    return "explanation-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** Whether a form field's name, after {@code explanation.}, can be a warning's key. */
  private static boolean isWarningKey(String key) {
    return key.length() <= MAX_KEY && TextRules.firstUnstorable(key) < 0;
  }

  /** The explanation a violation is about, or null for one about the attestation. */
  private static String mapKey(ConstraintViolation<?> violation) {
    for (Node node : violation.getPropertyPath()) {
      if (node.getKey() != null) {
        return node.getKey().toString();
      }
    }
    return null;
  }
}
