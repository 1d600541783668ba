package io.carefile.portal.review;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.filing.FilingStatus;
import io.carefile.obligation.ReportingPeriod;
import io.carefile.platform.PlatformCategory;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.carefile.review.ReviewFilter;
import io.carefile.review.ReviewItem;
import io.carefile.review.ReviewQueue;
import io.carefile.review.ReviewQueueExport;
import io.carefile.review.ReviewService;
import io.carefile.scoring.ScoreBand;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionSummary;
import io.carefile.template.definition.TemplateDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The regulator's review queue: submitted returns by risk priority, filtered by the API's own
 * {@link ReviewFilter} (its rules decide what is a wrong value, shown in the error summary), each
 * leading to its review page, with "assign to me" for analysts.
 */
@Path(PortalRoutes.REVIEWS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewQueuePage {

  static final int PAGE_SIZE = 25;

  /** The filter form's inputs in page order, by their ids; errors are listed in this order. */
  private static final List<String> INPUTS =
      List.of(
          "templateCode",
          "periodStart",
          "category",
          "band",
          "late",
          "status",
          "assignee",
          "ruleId");

  private final ReviewQueue queue;
  private final TemplateService templates;
  private final Validator validator;
  private final Caller caller;
  private final ReviewMessages messages;
  private final PortalMessages shared;
  private final Exports exports;
  private final ReviewQueueExport queueExport;

  ReviewQueuePage(
      ReviewQueue queue,
      TemplateService templates,
      Validator validator,
      Caller caller,
      ReviewMessages messages,
      PortalMessages shared,
      Exports exports,
      ReviewQueueExport queueExport) {
    this.queue = queue;
    this.templates = templates;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
    this.exports = exports;
    this.queueExport = queueExport;
  }

  /** The filters as typed, to fill the form in again and to carry them from page to page. */
  public record Filters(
      String templateCode,
      String periodDay,
      String periodMonth,
      String periodYear,
      String category,
      String band,
      String late,
      String status,
      String assignee,
      String ruleId) {

    /** The query string that asks for these filters again, without the page. */
    String query() {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("templateCode", templateCode);
      parameters.put("periodStart-day", periodDay);
      parameters.put("periodStart-month", periodMonth);
      parameters.put("periodStart-year", periodYear);
      parameters.put("category", category);
      parameters.put("band", band);
      parameters.put("late", late);
      parameters.put("status", status);
      parameters.put("assignee", assignee);
      parameters.put("ruleId", ruleId);
      return parameters.entrySet().stream()
          .filter(parameter -> !parameter.getValue().isEmpty())
          .map(
              parameter ->
                  parameter.getKey()
                      + "="
                      + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }
  }

  /** One option of a select: its value, its words and whether it is the one chosen. */
  public record Option(String value, String label, boolean selected) {}

  /** One return in the queue as its row shows it. */
  public record Row(
      ReviewItem item,
      String returnTitle,
      String periodName,
      String link,
      boolean mayAssignToMe,
      boolean assignedToMe) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(
        String title,
        Filters filters,
        List<Option> templateOptions,
        List<Option> categoryOptions,
        List<Option> bandOptions,
        List<Option> lateOptions,
        List<Option> statusOptions,
        Map<String, String> errors,
        List<ErrorLink> summary,
        Page<ReviewItem> page,
        List<Row> rows,
        PageLinks pageLinks,
        String spreadsheet);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance queue(@BeanParam QueueQuery sent, @QueryParam("page") String pageNumber) {
    Filters filters = sent.filters();
    Map<String, String> errors = new LinkedHashMap<>();
    ReviewFilter filter = filterOf(filters, errors);
    List<TemplateVersionSummary> published =
        templates.latestVersions().stream()
            .sorted(Comparator.comparing(TemplateVersionSummary::code))
            .toList();
    if (!filters.templateCode().isEmpty()
        && published.stream().noneMatch(t -> t.code().equals(filters.templateCode()))) {
      errors.putIfAbsent("templateCode", messages.filterTemplateInvalid());
    }
    for (ConstraintViolation<ReviewFilter> violation : validator.validate(filter)) {
      String input = violation.getPropertyPath().toString();
      errors.putIfAbsent(input, words(input, violation));
    }

    Page<ReviewItem> page = null;
    List<Row> rows = List.of();
    PageLinks pageLinks = PageLinks.NONE;
    if (errors.isEmpty()) {
      int number = PageLinks.requested(pageNumber);
      page = queue.list(filter, PageRequest.of(number, PAGE_SIZE));
      rows = page.items().stream().map(this::row).toList();
      String query = filters.query();
      String prefix = PortalRoutes.REVIEWS + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
      pageLinks = PageLinks.of(page, other -> prefix + other);
    }
    List<ErrorLink> summary =
        INPUTS.stream()
            .filter(errors::containsKey)
            .map(input -> ErrorLink.to(input, errors.get(input)))
            .toList();
    return Templates.queue(
        summary.isEmpty() ? messages.queueTitle() : shared.errorTitle(messages.queueTitle()),
        filters,
        published.stream()
            .map(
                template ->
                    new Option(
                        template.code(),
                        template.code() + " – " + template.title(),
                        template.code().equals(filters.templateCode())))
            .toList(),
        optionsOf(PlatformCategory.values(), filters.category(), PlatformCategory::label),
        optionsOf(ScoreBand.values(), filters.band(), shared::scoreBand),
        List.of(
            new Option("true", messages.lateOnly(), "true".equals(filters.late())),
            new Option("false", messages.onTimeOnly(), "false".equals(filters.late()))),
        optionsOf(FilingStatus.values(), filters.status(), messages::statusName),
        errors,
        summary,
        page,
        rows,
        pageLinks,
        withQuery(PortalRoutes.REVIEWS + PortalRoutes.SPREADSHEET, filters));
  }

  /**
   * The queue the filters match, every page, as a workbook (or its progress page). Filters the
   * queue would refuse go back to the queue, which shows why.
   */
  Response spreadsheet(QueueQuery sent) {
    Filters filters = sent.filters();
    Map<String, String> errors = new LinkedHashMap<>();
    ReviewFilter filter = filterOf(filters, errors);
    if (!errors.isEmpty() || !validator.validate(filter).isEmpty()) {
      return Response.seeOther(URI.create(withQuery(PortalRoutes.REVIEWS, filters))).build();
    }
    return SpreadsheetDownloads.of(exports.spreadsheet(queueExport, filter));
  }

  private static String withQuery(String path, Filters filters) {
    String query = filters.query();
    return query.isEmpty() ? path : path + "?" + query;
  }

  /**
   * The API's filter from the form, with the text as typed: the filter's own constraints judge it.
   * Only what a query parameter of the API could not even carry (a period that is no date, a late
   * that is neither true nor false) is judged here.
   */
  private ReviewFilter filterOf(Filters filters, Map<String, String> errors) {
    ReviewFilter filter = new ReviewFilter();
    filter.templateCode = blankToNull(filters.templateCode());
    filter.category = blankToNull(filters.category());
    filter.band = blankToNull(filters.band());
    filter.status = blankToNull(filters.status());
    filter.assignee = blankToNull(filters.assignee());
    filter.ruleId = blankToNull(filters.ruleId());
    switch (filters.late()) {
      case "" -> filter.late = null;
      case "true" -> filter.late = true;
      case "false" -> filter.late = false;
      default -> errors.put("late", messages.filterLateInvalid());
    }
    periodOf(filters)
        .ifPresentOrElse(
            period -> filter.periodStart = period.orElse(null),
            () -> errors.put("periodStart", messages.filterPeriodInvalid()));
    return filter;
  }

  /**
   * The period's first day: empty inside when no part of it was typed, none at all when what was
   * typed is no date.
   */
  private static Optional<Optional<LocalDate>> periodOf(Filters filters) {
    String day = filters.periodDay();
    String month = filters.periodMonth();
    String year = filters.periodYear();
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Optional.of(
              LocalDate.of(
                  Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The words for a violation of the filter's constraints, by input and constraint kind. */
  private String words(String input, ConstraintViolation<?> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    return switch (input) {
      case "category" -> messages.filterCategoryInvalid();
      case "band" -> messages.filterBandInvalid();
      case "status" -> messages.filterStatusInvalid();
      case "templateCode" -> messages.filterTemplateInvalid();
      case "assignee" ->
          constraint == Size.class
              ? messages.filterAssigneeTooLong()
              : messages.filterAssigneeUnreadable();
      case "ruleId" ->
          constraint == Size.class ? messages.filterRuleTooLong() : messages.filterRuleUnreadable();
      default ->
          throw new IllegalStateException("The review filter's " + input + " has no input here");
    };
  }

  private Row row(ReviewItem item) {
    TemplateDefinition template =
        templates.compiled(item.templateCode(), item.templateVersion()).definition();
    boolean analyst = caller.hasRole(Roles.REGULATOR_ANALYST);
    boolean mine = caller.username().equals(item.assignee());
    return new Row(
        item,
        template.title(),
        shared.obligationsPeriodRange(
            item.periodStart(),
            ReportingPeriod.startingOn(template.periodType(), item.periodStart()).end()),
        PortalRoutes.review(item.filingId()),
        analyst && !mine && ReviewService.assignable(item.status()),
        mine);
  }

  private static <E extends Enum<E>> List<Option> optionsOf(
      E[] values, String chosen, Function<E, String> label) {
    List<Option> options = new ArrayList<>();
    for (E value : values) {
      options.add(new Option(value.name(), label.apply(value), value.name().equals(chosen)));
    }
    return options;
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
