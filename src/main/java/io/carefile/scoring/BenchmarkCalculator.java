package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a cohort into what a caller may see of it: a group's benchmark, a return's standing in its
 * group, a category's distribution of totals. Regulators see everything, small cohorts flagged;
 * platform users see nothing about peers computed over fewer than k platforms: a group below k is
 * withheld whole, and so is each measure (an indicator some peers could not be scored on) below k.
 * Plain Java over {@link BenchmarkStatistics}; no peer's identity reaches a platform user, nor any
 * peer's value except through a percentile of k or more.
 */
public final class BenchmarkCalculator {

  /** The code of the total score among the measures. */
  public static final String TOTAL = "total";

  static final String TOTAL_TITLE = "Total score";

  private final BenchmarkStatistics statistics;

  public BenchmarkCalculator(BenchmarkStatistics statistics) {
    this.statistics = statistics;
  }

  public int minCohort() {
    return statistics.minCohort();
  }

  /**
   * A group's benchmark.
   *
   * @param indicators the indicators' titles by code, in the template's order
   * @param regulator whether the caller sees everything
   */
  public BenchmarkView benchmark(
      PeerGroup group,
      List<BenchmarkEntry> entries,
      Map<String, String> indicators,
      boolean regulator) {
    int cohort = platforms(entries);
    boolean small = statistics.suppressed(cohort);
    if (small && !regulator) {
      return new BenchmarkView(
          group, minCohort(), null, true, true, groupWithheld(), null, List.of());
    }
    List<BenchmarkMeasure> measures = new ArrayList<>();
    for (Map.Entry<String, String> measure : measures(entries, indicators).entrySet()) {
      measures.add(measure(measure.getKey(), measure.getValue(), entries, regulator));
    }
    return new BenchmarkView(
        group,
        minCohort(),
        cohort,
        small,
        false,
        null,
        measures.getFirst(),
        measures.subList(1, measures.size()));
  }

  /** Where {@code own} stands in its group, whose cohort is {@code entries}. */
  public BenchmarkPosition position(
      PeerGroup group,
      List<BenchmarkEntry> entries,
      Map<String, String> indicators,
      BenchmarkEntry own,
      boolean regulator) {
    int cohort = platforms(entries);
    boolean small = statistics.suppressed(cohort);
    if (small && !regulator) {
      return new BenchmarkPosition(group, null, true, true, groupWithheld(), null, List.of());
    }
    List<BenchmarkStanding> standings = new ArrayList<>();
    for (Map.Entry<String, String> measure : measures(entries, indicators).entrySet()) {
      standings.add(standing(measure.getKey(), measure.getValue(), entries, own, regulator));
    }
    return new BenchmarkPosition(
        group,
        cohort,
        small,
        false,
        null,
        standings.getFirst(),
        standings.subList(1, standings.size()));
  }

  /** The distribution of the totals of one category's cohort. */
  public BenchmarkCategory category(
      PlatformCategory category, List<BenchmarkEntry> entries, boolean regulator) {
    List<BenchmarkEntry> scored = valued(entries, TOTAL);
    int cohort = platforms(scored);
    boolean small = statistics.suppressed(cohort);
    if (small && !regulator) {
      return new BenchmarkCategory(category, null, true, true, measureWithheld(), null, null);
    }
    Optional<BenchmarkDistribution> distribution =
        BenchmarkStatistics.distribution(values(scored, TOTAL));
    return new BenchmarkCategory(
        category,
        cohort,
        small,
        false,
        null,
        distribution.orElse(null),
        distribution.map(found -> outliers(scored, TOTAL, found).size()).orElse(0));
  }

  private BenchmarkMeasure measure(
      String code, String title, List<BenchmarkEntry> entries, boolean regulator) {
    List<BenchmarkEntry> valued = valued(entries, code);
    int cohort = platforms(valued);
    if (statistics.suppressed(cohort) && !regulator) {
      return new BenchmarkMeasure(code, title, null, true, null, null, null);
    }
    Optional<BenchmarkDistribution> distribution =
        BenchmarkStatistics.distribution(values(valued, code));
    List<BenchmarkOutlier> outliers =
        distribution.map(found -> outliers(valued, code, found)).orElse(List.of());
    return new BenchmarkMeasure(
        code,
        title,
        cohort,
        false,
        distribution.orElse(null),
        outliers.size(),
        regulator ? outliers : null);
  }

  private BenchmarkStanding standing(
      String code,
      String title,
      List<BenchmarkEntry> entries,
      BenchmarkEntry own,
      boolean regulator) {
    BigDecimal value = own.value(code);
    List<BenchmarkEntry> valued = valued(entries, code);
    int cohort = platforms(valued);
    if (statistics.suppressed(cohort) && !regulator) {
      return new BenchmarkStanding(code, title, value != null, value, null, true, null, null, null);
    }
    List<BigDecimal> values = values(valued, code);
    Optional<BenchmarkDistribution> distribution = BenchmarkStatistics.distribution(values);
    BigDecimal percentile =
        value == null || values.isEmpty()
            ? null
            : BenchmarkStatistics.percentileRank(values, value);
    BenchmarkOutlierSide outlier =
        value == null
            ? null
            : distribution.flatMap(found -> BenchmarkStatistics.outlier(value, found)).orElse(null);
    return new BenchmarkStanding(
        code,
        title,
        value != null,
        value,
        cohort,
        false,
        distribution.orElse(null),
        percentile,
        outlier);
  }

  /** The measures: the total, the template's indicators in order, then any other code found. */
  private static Map<String, String> measures(
      List<BenchmarkEntry> entries, Map<String, String> indicators) {
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put(TOTAL, TOTAL_TITLE);
    TreeSet<String> found = new TreeSet<>();
    entries.forEach(entry -> found.addAll(entry.indicators().keySet()));
    indicators.forEach(
        (code, title) -> {
          if (found.remove(code)) {
            measures.put(code, title);
          }
        });
    found.forEach(code -> measures.put(code, null));
    return measures;
  }

  private static List<BenchmarkOutlier> outliers(
      List<BenchmarkEntry> valued, String code, BenchmarkDistribution distribution) {
    List<BenchmarkOutlier> outliers = new ArrayList<>();
    for (BenchmarkEntry entry : valued) {
      BigDecimal value = entry.value(code);
      BenchmarkStatistics.outlier(value, distribution)
          .ifPresent(
              side ->
                  outliers.add(
                      new BenchmarkOutlier(
                          entry.filingId(),
                          entry.filingVersionId(),
                          entry.platformId(),
                          value,
                          side)));
    }
    outliers.sort(
        Comparator.comparing(BenchmarkOutlier::value)
            .thenComparing(outlier -> String.valueOf(outlier.filingVersionId())));
    return outliers;
  }

  private static List<BenchmarkEntry> valued(List<BenchmarkEntry> entries, String code) {
    return entries.stream().filter(entry -> entry.value(code) != null).toList();
  }

  private static List<BigDecimal> values(List<BenchmarkEntry> valued, String code) {
    return valued.stream().map(entry -> entry.value(code)).toList();
  }

  private static int platforms(List<BenchmarkEntry> entries) {
    return (int) entries.stream().map(BenchmarkEntry::peer).distinct().count();
  }

  private String groupWithheld() {
    return "The peer group has fewer than "
        + minCohort()
        + " platforms: nothing about the peers is shown";
  }

  private String measureWithheld() {
    return "Fewer than " + minCohort() + " platforms have a value: nothing about them is shown";
  }
}
