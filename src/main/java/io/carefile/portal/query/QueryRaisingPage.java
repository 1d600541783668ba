package io.carefile.portal.query;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.common.text.ReadableText;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.carefile.review.QueryProblems;
import io.carefile.review.QueryRaising;
import io.carefile.review.QueryService;
import io.carefile.review.QueryView;
import io.carefile.template.definition.TemplateDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An analyst raises a query about a return under review: a subject, the message to the platform,
 * the return's fields it is about (if any), and the day it should be answered by. The same service
 * as {@code POST /api/v1/filings/{filingId}/queries}; then the query's thread.
 */
@Path(PortalRoutes.REVIEWS + "/{filingId}/queries/new")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QueryRaisingPage {

  /**
   * The due date the form suggests, in days from today: a fortnight, which the analyst may change.
   */
  static final int SUGGESTED_DAYS_TO_ANSWER = 14;

  private static final String SUBJECT = "subject";
  private static final String MESSAGE = "message";
  private static final String FIELDS = "fields";
  private static final String DUE_DATE = "dueDate";

  private final QueryService queries;
  private final QueryReturns returns;
  private final FilingQueries filings;
  private final RegulatorCalendar calendar;
  private final Validator validator;
  private final QueryMessages messages;
  private final PortalMessages shared;

  QueryRaisingPage(
      QueryService queries,
      QueryReturns returns,
      FilingQueries filings,
      RegulatorCalendar calendar,
      Validator validator,
      QueryMessages messages,
      PortalMessages shared) {
    this.queries = queries;
    this.returns = returns;
    this.filings = filings;
    this.calendar = calendar;
    this.validator = validator;
    this.messages = messages;
    this.shared = shared;
  }

  /** What was typed and ticked, kept as sent so that the form can be shown again exactly so. */
  public record Typed(
      String subject, String message, Set<String> fields, String day, String month, String year) {}

  /** One checkbox: a field of the return, with the id its input has. */
  public record FieldChoice(String id, String code, String label) {}

  /** A section of the return's template and the checkboxes of its fields. */
  public record SectionChoices(String code, String title, List<FieldChoice> fields) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        String title,
        QueryReturn ofReturn,
        List<SectionChoices> sections,
        Typed typed,
        LocalDate example,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public TemplateInstance form(@PathParam("filingId") UUID filingId) {
    LocalDate suggested = calendar.today().plusDays(SUGGESTED_DAYS_TO_ANSWER);
    Typed typed =
        new Typed(
            "",
            "",
            Set.of(),
            String.valueOf(suggested.getDayOfMonth()),
            String.valueOf(suggested.getMonthValue()),
            String.valueOf(suggested.getYear()));
    return page(filingId, typed, null, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object raise(@PathParam("filingId") UUID filingId, MultivaluedMap<String, String> posted) {
    PostedForm form = PostedForm.of(posted);
    Typed typed =
        new Typed(
            form.first(SUBJECT),
            // Browsers send a textarea's line breaks as CR LF; the thread keeps them as LF.
            form.first(MESSAGE).replace("\r\n", "\n"),
            new LinkedHashSet<>(form.all(FIELDS)),
            form.first(DUE_DATE + "-day").strip(),
            form.first(DUE_DATE + "-month").strip(),
            form.first(DUE_DATE + "-year").strip());
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate dueDate = dueDateOf(typed, errors);
    QueryRaising raising =
        new QueryRaising(
            typed.subject().strip(), typed.message().strip(), List.copyOf(typed.fields()), dueDate);
    // The service's own constraints, before it sees the text: what cannot be kept is never sent.
    for (ConstraintViolation<QueryRaising> violation : validator.validate(raising)) {
      String property = violation.getPropertyPath().iterator().next().getName();
      Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
      switch (property) {
        case SUBJECT ->
            errors.putIfAbsent(
                SUBJECT,
                textError(
                    constraint,
                    messages.subjectRequired(),
                    messages.subjectTooLong(),
                    messages.subjectUnreadable()));
        case MESSAGE ->
            errors.putIfAbsent(
                MESSAGE,
                textError(
                    constraint,
                    messages.raiseMessageRequired(),
                    messages.raiseMessageTooLong(),
                    messages.raiseMessageUnreadable()));
        // Codes no checkbox sends (too many, or too long for any field): no choice of this form.
        case FIELDS -> errors.putIfAbsent(FIELDS, messages.fieldsUnknown());
        default -> {
          // The due date's own error is already given when it could not be read.
        }
      }
    }
    if (!errors.isEmpty()) {
      return page(filingId, typed, null, errors);
    }
    try {
      QueryView raised = queries.raise(filingId, raising);
      return Response.seeOther(URI.create(QueryPage.Done.RAISED.path(raised.id()))).build();
    } catch (ProblemException e) {
      if (e.is(QueryProblems.QUERY_FIELD_UNKNOWN)) {
        return page(filingId, typed, null, Map.of(FIELDS, messages.fieldsUnknown()));
      }
      if (e.is(QueryProblems.QUERY_DUE_DATE_PAST)) {
        return page(filingId, typed, null, Map.of(DUE_DATE, messages.dueDatePast()));
      }
      if (e.is(FilingProblems.REVIEW_STEP_NOT_ALLOWED)) {
        return page(filingId, typed, messages.raiseNotInReview(), Map.of());
      }
      throw e;
    }
  }

  /** The due date as typed, or null with its error when it is missing or no real date. */
  private LocalDate dueDateOf(Typed typed, Map<String, String> errors) {
    if (typed.day().isEmpty() && typed.month().isEmpty() && typed.year().isEmpty()) {
      errors.put(DUE_DATE, messages.dueDateRequired());
      return null;
    }
    if (!typed.day().matches("[0-9]{1,2}")
        || !typed.month().matches("[0-9]{1,2}")
        || !typed.year().matches("[0-9]{4}")) {
      errors.put(DUE_DATE, messages.dueDateNotADate());
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(typed.year()),
          Integer.parseInt(typed.month()),
          Integer.parseInt(typed.day()));
    } catch (DateTimeException e) {
      errors.put(DUE_DATE, messages.dueDateNotADate());
      return null;
    }
  }

  private static String textError(
      Class<?> constraint, String required, String tooLong, String unreadable) {
    if (constraint == ReadableText.class) {
      return unreadable;
    }
    if (constraint == Size.class) {
      return tooLong;
    }
    return required;
  }

  /**
   * The form, with the errors by input id in the form's order after an error about the whole form
   * (no link), if any.
   */
  private TemplateInstance page(
      UUID filingId, Typed typed, String general, Map<String, String> errors) {
    QueryReturn ofReturn = returns.of(filingId);
    TemplateDefinition template = filings.templateOf(filingId).definition();
    List<SectionChoices> sections = new ArrayList<>();
    for (TemplateDefinition.Section section : template.sections()) {
      List<FieldChoice> choices = new ArrayList<>();
      for (TemplateDefinition.Field field : section.fields()) {
        // The form's first checkbox has the group's name as id: the error summary links to it.
        boolean first = sections.isEmpty() && choices.isEmpty();
        choices.add(
            new FieldChoice(
                first ? FIELDS : FIELDS + "-" + field.code(), field.code(), field.label()));
      }
      if (!choices.isEmpty()) {
        sections.add(new SectionChoices(section.code(), section.title(), List.copyOf(choices)));
      }
    }
    List<ErrorLink> summary = new ArrayList<>();
    if (general != null) {
      summary.add(new ErrorLink(null, general));
    }
    for (String input : List.of(SUBJECT, MESSAGE, FIELDS, DUE_DATE)) {
      if (errors.containsKey(input)) {
        summary.add(ErrorLink.to(input, errors.get(input)));
      }
    }
    String title = messages.raiseTitle();
    return Templates.form(
        summary.isEmpty() ? title : shared.errorTitle(title),
        ofReturn,
        sections,
        typed,
        calendar.today().plusDays(SUGGESTED_DAYS_TO_ANSWER),
        errors,
        summary);
  }
}
