package io.carefile.portal.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Roles;
import io.carefile.filing.Draft;
import io.carefile.filing.DraftUpdate;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingService;
import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingView;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.carefile.template.definition.FieldType;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Section;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValues;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One section of a return's draft as one GOV.UK question page, laid out from the template: the
 * input each field type needs, what validation says of the section's answers, and saving them.
 */
@Path(PortalRoutes.FILINGS + "/{id}/sections")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FilingSectionPage {

  /** Text inputs for short texts; a textarea beyond this length, or when there is no limit. */
  private static final int SHORT_TEXT = 100;

  private final FilingService filings;
  private final FilingQueries filingQueries;
  private final PortalMessages shared;
  private final FilingMessages messages;

  FilingSectionPage(
      FilingService filings,
      FilingQueries filingQueries,
      PortalMessages shared,
      FilingMessages messages) {
    this.filings = filings;
    this.filingQueries = filingQueries;
    this.shared = shared;
    this.messages = messages;
  }

  /** Which GOV.UK component asks a field's question. */
  public enum Kind {
    NUMBER,
    TEXT,
    TEXTAREA,
    DATE,
    RADIOS,
    CHECKBOXES
  }

  /** One radio or checkbox. */
  public record Option(String id, String value, String label, boolean checked) {}

  /**
   * One question as the page shows it, with what is typed in it. The first input of a field (the
   * day of a date, the first option) has the field's code as its id, for the error summary's links.
   */
  public record Input(
      String code,
      String label,
      String hint,
      Kind kind,
      String unit,
      String width,
      String inputMode,
      boolean inline,
      String text,
      String day,
      String month,
      String year,
      List<Option> options,
      List<String> errors) {

    public boolean hasError() {
      return !errors.isEmpty();
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance section(
        String title,
        FilingView filing,
        String returnTitle,
        Section section,
        int number,
        int count,
        List<Input> inputs,
        List<ErrorLink> errors,
        List<String> warnings,
        long expectedVersion);
  }

  @GET
  @Path("/{section}")
  @RolesAllowed(Roles.PLATFORM_USER)
  public Object show(@PathParam("id") UUID id, @PathParam("section") String code) {
    FilingView filing = filingQueries.get(id);
    if (filing.draft() == null) {
      return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
    }
    TemplateDefinition template = filingQueries.templateOf(id).definition();
    Section section = sectionOf(template, code);
    Draft draft = filing.draft();
    Map<String, List<String>> entered = new LinkedHashMap<>();
    section
        .fields()
        .forEach(field -> entered.putAll(entered(field, draft.values().get(field.code()))));
    // Findings are shown once the section has answers, not to someone opening it for the first
    // time.
    List<Finding> findings =
        FilingOverviewPage.state(section, draft) == FilingOverviewPage.SectionState.NOT_STARTED
            ? List.of()
            : draft.findings();
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    List<ErrorLink> summary = new ArrayList<>();
    findings.stream()
        .filter(Finding::isError)
        .filter(finding -> firstFieldOn(section, finding) >= 0)
        .sorted(Comparator.comparingInt(finding -> firstFieldOn(section, finding)))
        .forEach(
            finding -> {
              String first = section.fields().get(firstFieldOn(section, finding)).code();
              summary.add(new ErrorLink("#" + first, finding.message()));
              finding.fields().stream()
                  .filter(field -> indexOf(section, field) >= 0)
                  .forEach(
                      field ->
                          fieldErrors
                              .computeIfAbsent(field, any -> new ArrayList<>())
                              .add(finding.message()));
            });
    List<String> warnings =
        findings.stream()
            .filter(Finding::isWarning)
            .filter(finding -> firstFieldOn(section, finding) >= 0)
            .map(Finding::message)
            .toList();
    return page(
        filing, template, section, entered, fieldErrors, summary, warnings, filing.version());
  }

  /**
   * Saves the section's answers, all or none: anything that cannot be read as its field's type is
   * shown again as typed, and nothing is saved. Then shows the section again with what validation
   * says of it, or moves on to the next section.
   */
  @POST
  @Path("/{section}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.PLATFORM_USER)
  public Object save(
      @PathParam("id") UUID id,
      @PathParam("section") String code,
      MultivaluedMap<String, String> posted) {
    TemplateDefinition template = filingQueries.templateOf(id).definition();
    Section section = sectionOf(template, code);
    PostedForm form = PostedForm.of(posted);
    long expectedVersion = form.version("expectedVersion");
    String action = form.first("action");
    Map<String, List<String>> entered = new LinkedHashMap<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    List<ErrorLink> summary = new ArrayList<>();
    for (Field field : section.fields()) {
      entered.putAll(posted(field, form));
      JsonNode value = read(field, form);
      if (value == null) {
        String message =
            field.type() == FieldType.DATE
                ? messages.dateTypeMessage(field.label())
                : ReturnValues.typeMessage(field);
        fieldErrors.put(field.code(), List.of(message));
        summary.add(new ErrorLink("#" + field.code(), message));
      } else {
        values.put(field.code(), value);
      }
    }
    if (!summary.isEmpty()) {
      return page(
          filingQueries.get(id),
          template,
          section,
          entered,
          fieldErrors,
          summary,
          List.of(),
          expectedVersion);
    }
    try {
      filings.saveDraft(id, new DraftUpdate(values, expectedVersion), FilingSource.PORTAL);
    } catch (ProblemException e) {
      if (e.is(FilingProblems.INVALID_VALUES)) {
        // Read as its type, yet beyond what the field holds (a number of 30 digits): nothing was
        // saved, and each finding is shown on its field, as typed.
        List<Finding> unreadable =
            e.findings().stream()
                .filter(Finding.class::isInstance)
                .map(Finding.class::cast)
                .filter(finding -> firstFieldOn(section, finding) >= 0)
                .sorted(Comparator.comparingInt(finding -> firstFieldOn(section, finding)))
                .toList();
        if (unreadable.isEmpty()) {
          throw e;
        }
        unreadable.forEach(
            finding -> {
              String first = section.fields().get(firstFieldOn(section, finding)).code();
              summary.add(new ErrorLink("#" + first, finding.message()));
              fieldErrors.computeIfAbsent(first, any -> new ArrayList<>()).add(finding.message());
            });
        return page(
            filingQueries.get(id),
            template,
            section,
            entered,
            fieldErrors,
            summary,
            List.of(),
            expectedVersion);
      }
      if (!e.is(ProblemType.STALE_VERSION) && !e.is(FilingProblems.NO_OPEN_DRAFT)) {
        throw e;
      }
      FilingView current = filingQueries.get(id);
      if (current.draft() == null) {
        return Response.seeOther(URI.create(PortalRoutes.filing(id))).build();
      }
      // Someone saved this return since the page was opened: show what was typed, ready to save
      // over their changes knowingly.
      String first = "#" + section.fields().getFirst().code();
      return page(
          current,
          template,
          section,
          entered,
          Map.of(),
          List.of(new ErrorLink(first, messages.sectionStale())),
          List.of(),
          current.version());
    }
    return Response.seeOther(URI.create(next(id, template, section, "continue".equals(action))))
        .build();
  }

  private static String next(
      UUID id, TemplateDefinition template, Section section, boolean onward) {
    if (!onward) {
      return PortalRoutes.filingSection(id, section.code());
    }
    int index = template.sections().indexOf(section);
    return index + 1 < template.sections().size()
        ? PortalRoutes.filingSection(id, template.sections().get(index + 1).code())
        : PortalRoutes.filingSubmission(id);
  }

  private TemplateInstance page(
      FilingView filing,
      TemplateDefinition template,
      Section section,
      Map<String, List<String>> entered,
      Map<String, List<String>> fieldErrors,
      List<ErrorLink> summary,
      List<String> warnings,
      long expectedVersion) {
    List<Input> inputs =
        section.fields().stream()
            .map(field -> input(field, entered, fieldErrors.getOrDefault(field.code(), List.of())))
            .toList();
    return Templates.section(
        summary.isEmpty() ? section.title() : shared.errorTitle(section.title()),
        filing,
        template.title(),
        section,
        template.sections().indexOf(section) + 1,
        template.sections().size(),
        inputs,
        summary,
        warnings,
        expectedVersion);
  }

  private Input input(Field field, Map<String, List<String>> entered, List<String> errors) {
    String code = field.code();
    String text = entered.getOrDefault(code, List.of()).stream().findFirst().orElse("");
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE ->
          new Input(
              code,
              field.label(),
              field.help(),
              Kind.NUMBER,
              field.unit(),
              field.type() == FieldType.PERCENTAGE
                  ? "govuk-input--width-5"
                  : "govuk-input--width-10",
              field.type() == FieldType.INTEGER ? "numeric" : "decimal",
              false,
              text,
              null,
              null,
              null,
              List.of(),
              errors);
      case TEXT ->
          new Input(
              code,
              field.label(),
              field.help(),
              field.maxLength() != null && field.maxLength() <= SHORT_TEXT
                  ? Kind.TEXT
                  : Kind.TEXTAREA,
              null,
              null,
              null,
              false,
              text,
              null,
              null,
              null,
              List.of(),
              errors);
      case DATE ->
          new Input(
              code,
              field.label(),
              field.help(),
              Kind.DATE,
              null,
              null,
              null,
              false,
              null,
              first(entered, code + "-day"),
              first(entered, code + "-month"),
              first(entered, code + "-year"),
              List.of(),
              errors);
      case BOOLEAN ->
          new Input(
              code,
              field.label(),
              field.help(),
              Kind.RADIOS,
              null,
              null,
              null,
              true,
              null,
              null,
              null,
              null,
              List.of(
                  new Option(code, "yes", shared.answerYes(), "yes".equals(text)),
                  new Option(code + "-2", "no", shared.answerNo(), "no".equals(text))),
              errors);
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        List<String> chosen = entered.getOrDefault(code, List.of());
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < field.allowedValues().size(); i++) {
          var option = field.allowedValues().get(i);
          options.add(
              new Option(
                  i == 0 ? code : code + "-" + (i + 1),
                  option.code(),
                  option.label(),
                  chosen.contains(option.code())));
        }
        yield new Input(
            code,
            field.label(),
            field.help(),
            field.type() == FieldType.SINGLE_CHOICE ? Kind.RADIOS : Kind.CHECKBOXES,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            options,
            errors);
      }
    };
  }

  /** The form fields a saved value fills in, by form field name. */
  private static Map<String, List<String>> entered(Field field, JsonNode value) {
    if (value == null || value.isNull()) {
      return Map.of();
    }
    String code = field.code();
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE ->
          Map.of(code, List.of(value.decimalValue().toPlainString()));
      case BOOLEAN -> Map.of(code, List.of(value.booleanValue() ? "yes" : "no"));
      case DATE -> {
        LocalDate date = LocalDate.parse(value.asText());
        yield Map.of(
            code + "-day", List.of(String.valueOf(date.getDayOfMonth())),
            code + "-month", List.of(String.valueOf(date.getMonthValue())),
            code + "-year", List.of(String.valueOf(date.getYear())));
      }
      case TEXT, SINGLE_CHOICE -> Map.of(code, List.of(value.asText()));
      case MULTIPLE_CHOICE -> {
        List<String> codes = new ArrayList<>();
        value.forEach(item -> codes.add(item.asText()));
        yield Map.of(code, codes);
      }
    };
  }

  /** What was sent for a field, by form field name, to show again as typed. */
  private static Map<String, List<String>> posted(Field field, PostedForm form) {
    String code = field.code();
    if (field.type() == FieldType.DATE) {
      return Map.of(
          code + "-day", form.all(code + "-day"),
          code + "-month", form.all(code + "-month"),
          code + "-year", form.all(code + "-year"));
    }
    return Map.of(code, form.all(code));
  }

  /** The field's value as typed, or null when it cannot be read as the field's type. */
  private static JsonNode read(Field field, PostedForm form) {
    if (field.type() != FieldType.DATE) {
      return ReturnValues.fromText(field, form.all(field.code()));
    }
    String day = form.first(field.code() + "-day").strip();
    String month = form.first(field.code() + "-month").strip();
    String year = form.first(field.code() + "-year").strip();
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return ReturnValues.fromText(field, List.of());
    }
    if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return ReturnValues.fromText(field, List.of(date.toString()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Section sectionOf(TemplateDefinition template, String code) {
    return template.sections().stream()
        .filter(section -> section.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No section " + code));
  }

  /**
   * Where on this page a finding points: the position of the first of its fields that is here, or
   * -1 when none is.
   */
  static int firstFieldOn(Section section, Finding finding) {
    return finding.fields().stream()
        .mapToInt(field -> indexOf(section, field))
        .filter(index -> index >= 0)
        .findFirst()
        .orElse(-1);
  }

  private static int indexOf(Section section, String code) {
    for (int i = 0; i < section.fields().size(); i++) {
      if (section.fields().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static String first(Map<String, List<String>> entered, String name) {
    return entered.getOrDefault(name, List.of()).stream().findFirst().orElse("");
  }
}
