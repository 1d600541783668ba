package io.carefile.portal.benchmark;

import io.carefile.platform.PlatformCategory;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.scoring.BenchmarkFilter;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark page was asked for, checked: the template, period, category and size band chosen
 * (the template and period defaulted when none was sent), the options of the form's selects, and
 * the errors to show, by the input they are about.
 *
 * @param templateTitle the chosen template's code and title; null when no published template has
 *     its code
 * @param periodName the chosen period as the page writes it; null when none is chosen
 * @param errors the message for each input in error, by the input's id, in the form's order
 */
public record BenchmarkQuery(
    String templateCode,
    String templateTitle,
    LocalDate periodStart,
    String periodName,
    PlatformCategory category,
    String sizeBand,
    List<Option> templates,
    List<Option> periods,
    List<Option> categories,
    List<Option> sizeBands,
    Map<String, String> errors) {

  static final String TEMPLATE = "templateCode";
  static final String PERIOD = "periodStart";
  static final String CATEGORY = "category";
  static final String SIZE_BAND = "sizeBand";

  /** The inputs in the order the forms show them, which the error summary follows. */
  private static final List<String> INPUTS = List.of(TEMPLATE, PERIOD, CATEGORY, SIZE_BAND);

  public BenchmarkQuery {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String input : INPUTS) {
      if (errors.containsKey(input)) {
        ordered.put(input, errors.get(input));
      }
    }
    errors = Collections.unmodifiableMap(ordered);
  }

  /**
   * A benchmark page with the parameters it was sent, as sent (those not sent left out): where a
   * download the page would refuse goes back to, so that the page shows why.
   */
  static URI asSent(
      String path, String templateCode, String periodStart, String category, String sizeBand) {
    UriBuilder address = UriBuilder.fromPath(path);
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put(TEMPLATE, templateCode);
    sent.put(PERIOD, periodStart);
    sent.put(CATEGORY, category);
    sent.put(SIZE_BAND, sizeBand);
    sent.forEach(
        (name, value) -> {
          if (value != null) {
            address.queryParam(name, value);
          }
        });
    return address.build();
  }

  /** The error summary: one link per input in error. */
  public List<ErrorLink> errorLinks() {
    return errors.entrySet().stream()
        .map(error -> ErrorLink.to(error.getKey(), error.getValue()))
        .toList();
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The message about one input, or null: {@code query.errorOf('sizeBand')}. */
  public String errorOf(String input) {
    return errors.get(input);
  }

  /** Whether there is a group to show: a template and a period chosen, and nothing in error. */
  public boolean ready() {
    return errors.isEmpty() && templateCode != null && periodStart != null;
  }

  /** The same query with more errors (a refusal of the service's). */
  BenchmarkQuery withErrors(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(errors);
    all.putAll(more);
    return new BenchmarkQuery(
        templateCode,
        templateTitle,
        periodStart,
        periodName,
        category,
        sizeBand,
        templates,
        periods,
        categories,
        sizeBands,
        all);
  }

  /** The filter of the chosen template and period's group of this category and size band. */
  BenchmarkFilter filter(PlatformCategory groupCategory, String groupSizeBand) {
    BenchmarkFilter filter = new BenchmarkFilter();
    filter.templateCode = templateCode;
    filter.periodStart = periodStart;
    filter.category = groupCategory == null ? null : groupCategory.name();
    filter.sizeBand = groupSizeBand;
    return filter;
  }
}
