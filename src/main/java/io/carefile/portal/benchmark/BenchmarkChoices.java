package io.carefile.portal.benchmark;

import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.tenancy.Conditions;
import io.carefile.obligation.ObligationProblems;
import io.carefile.obligation.ReportingPeriod;
import io.carefile.platform.PlatformCategory;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.SizeBandNames;
import io.carefile.scoring.BenchmarkProblems;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.SizeBand;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a benchmark page was asked for into a {@link BenchmarkQuery}: the published templates
 * to choose from, the periods of the chosen one that have scores, the categories and size bands. A
 * template or period not sent is the first published template and its latest scored period. What
 * the service refuses is shown on the input its problem's field names, in words chosen by its code.
 */
@ApplicationScoped
class BenchmarkChoices {

  /** How many periods the period list offers, newest first. */
  static final int PERIOD_CHOICES = 40;

  private final BenchmarkService benchmarks;
  private final TemplateService templates;
  private final SizeBandNames sizeBandNames;
  private final BenchmarkMessages words;
  private final PortalMessages portalWords;

  BenchmarkChoices(
      BenchmarkService benchmarks,
      TemplateService templates,
      SizeBandNames sizeBandNames,
      BenchmarkMessages words,
      PortalMessages portalWords) {
    this.benchmarks = benchmarks;
    this.templates = templates;
    this.sizeBandNames = sizeBandNames;
    this.words = words;
    this.portalWords = portalWords;
  }

  BenchmarkQuery read(String templateCode, String periodStart, String category, String sizeBand) {
    Map<String, String> errors = new HashMap<>();
    List<TemplateVersionSummary> published = templates.latestVersions();
    String template =
        Conditions.given(templateCode)
            .orElse(published.isEmpty() ? null : published.getFirst().code());
    Optional<TemplateVersionSummary> chosen =
        published.stream().filter(summary -> summary.code().equals(template)).findFirst();
    List<LocalDate> scored = List.of();
    if (template != null) {
      try {
        scored = benchmarks.scoredPeriods(template, PERIOD_CHOICES);
      } catch (ProblemException e) {
        errors.putAll(refusal(e));
      }
    }
    LocalDate period = null;
    Optional<String> periodText = Conditions.given(periodStart);
    if (periodText.isPresent()) {
      try {
        period = LocalDate.parse(periodText.get());
      } catch (DateTimeParseException e) {
        errors.put(BenchmarkQuery.PERIOD, words.periodNotChosen());
      }
    } else if (!scored.isEmpty()) {
      period = scored.getFirst();
    }
    PlatformCategory wantedCategory = null;
    Optional<String> categoryText = Conditions.given(category);
    if (categoryText.isPresent()) {
      wantedCategory =
          Arrays.stream(PlatformCategory.values())
              .filter(value -> value.name().equals(categoryText.get()))
              .findFirst()
              .orElse(null);
      if (wantedCategory == null) {
        errors.put(BenchmarkQuery.CATEGORY, words.categoryNotChosen());
      }
    }
    String wantedSizeBand = Conditions.given(sizeBand).orElse(null);
    return new BenchmarkQuery(
        chosen.isPresent() ? template : null,
        chosen.map(summary -> words.templateOption(summary.code(), summary.title())).orElse(null),
        period,
        period == null ? null : periodName(chosen, period),
        wantedCategory,
        wantedSizeBand,
        published.stream()
            .map(
                summary ->
                    new Option(
                        summary.code(),
                        words.templateOption(summary.code(), summary.title()),
                        summary.code().equals(template)))
            .toList(),
        periodOptions(chosen, scored, period),
        categoryOptions(wantedCategory),
        sizeBandOptions(wantedSizeBand),
        errors);
  }

  /**
   * The inputs a refusal of the service blames, with the words for each; a refusal no input
   * explains propagates.
   */
  Map<String, String> refusal(ProblemException e) {
    String message;
    String fallback;
    if (e.is(BenchmarkProblems.UNKNOWN_TEMPLATE_CODE)) {
      message = words.templateNotChosen();
      fallback = BenchmarkQuery.TEMPLATE;
    } else if (e.is(ObligationProblems.INVALID_PERIOD)) {
      message = words.periodNotOfTemplate();
      fallback = BenchmarkQuery.PERIOD;
    } else if (e.is(BenchmarkProblems.UNKNOWN_SIZE_BAND)) {
      message = words.sizeBandNotChosen();
      fallback = BenchmarkQuery.SIZE_BAND;
    } else {
      throw e;
    }
    String input =
        e.errors().stream()
            .map(Problem.FieldError::field)
            .map(field -> field.substring(field.lastIndexOf('.') + 1))
            .findFirst()
            .orElse(fallback);
    return Map.of(input, message);
  }

  private List<Option> periodOptions(
      Optional<TemplateVersionSummary> template, List<LocalDate> scored, LocalDate chosen) {
    List<LocalDate> days = new ArrayList<>(scored);
    if (chosen != null && !days.contains(chosen)) {
      // Asked for by address, though nothing is scored in it: still the period shown.
      days.addFirst(chosen);
    }
    return days.stream()
        .map(day -> new Option(day.toString(), periodName(template, day), day.equals(chosen)))
        .toList();
  }

  private List<Option> categoryOptions(PlatformCategory chosen) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", words.categoryAny(), chosen == null));
    for (PlatformCategory category : PlatformCategory.values()) {
      options.add(new Option(category.name(), category.label(), category == chosen));
    }
    return List.copyOf(options);
  }

  private List<Option> sizeBandOptions(String chosen) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", words.sizeBandAny(), chosen == null));
    for (SizeBand band : sizeBandNames.bands()) {
      options.add(
          new Option(band.code(), sizeBandNames.nameOf(band.code()), band.code().equals(chosen)));
    }
    return List.copyOf(options);
  }

  /** A period by its days; a day that starts no period of the template by the day alone. */
  private String periodName(Optional<TemplateVersionSummary> template, LocalDate start) {
    if (template.isPresent()) {
      try {
        ReportingPeriod period = ReportingPeriod.startingOn(template.get().periodType(), start);
        return portalWords.obligationsPeriodRange(period.start(), period.end());
      } catch (IllegalArgumentException notAStart) {
        return portalWords.date(start);
      }
    }
    return portalWords.date(start);
  }
}
