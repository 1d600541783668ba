package io.carefile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What each caller sees of a cohort: regulators everything, small cohorts flagged; platform users
 * nothing about peers computed over fewer than k platforms, per group and per measure, and never a
 * peer's identity. Not-scored indicators are left out of their measure only.
 */
class BenchmarkCalculatorTest {

  private static final PeerGroup GROUP =
      new PeerGroup("CSAM-Q", LocalDate.of(2026, 1, 1), PlatformCategory.CATEGORY_1, null);
  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put("speed", "Removal speed");
    TITLES.put("rate", "Removal rate");
  }

  private final BenchmarkCalculator k5 = new BenchmarkCalculator(new BenchmarkStatistics(5));

  /** Five platforms; the fourth's rate is not scored; the fifth is slow. */
  private final List<BenchmarkEntry> cohort =
      List.of(
          entry(1, "93.75", "0.5", "0.9"),
          entry(2, "89.58", "2", "0.9"),
          entry(3, "89.58", "2", "0.9"),
          entry(4, "82.50", "8", null),
          entry(5, "77.08", "100", "0.9"));

  @Test
  void regulatorsSeeEveryMeasureWithItsOutliersNamed() {
    BenchmarkView view = k5.benchmark(GROUP, cohort, TITLES, true);

    assertThat(view.cohortSize()).isEqualTo(5);
    assertThat(view.smallCohort()).isFalse();
    assertThat(view.suppressed()).isFalse();
    assertThat(view.total().code()).isEqualTo("total");
    assertThat(view.total().distribution().p5()).isEqualByComparingTo("78.164");
    assertThat(view.total().distribution().median()).isEqualByComparingTo("89.58");
    assertThat(view.total().outlierCount()).isZero();
    assertThat(view.indicators())
        .extracting(BenchmarkMeasure::code, BenchmarkMeasure::title, BenchmarkMeasure::cohortSize)
        .containsExactly(tuple("speed", "Removal speed", 5), tuple("rate", "Removal rate", 4));
    BenchmarkMeasure speed = view.indicators().getFirst();
    // 0.5 2 2 8 100: Q1 2, Q3 8, upper fence 8 + 1.5 x 6 = 17: 100 is a high outlier
    assertThat(speed.distribution().upperFence()).isEqualByComparingTo("17");
    assertThat(speed.outlierCount()).isEqualTo(1);
    assertThat(speed.outliers())
        .extracting(BenchmarkOutlier::platformId, BenchmarkOutlier::value, BenchmarkOutlier::side)
        .containsExactly(tuple(platform(5), new BigDecimal("100"), BenchmarkOutlierSide.HIGH));
    // The rate's four values (one not scored): it is a small cohort, but regulators see it.
    assertThat(view.indicators().get(1).suppressed()).isFalse();
    assertThat(view.indicators().get(1).distribution().median()).isEqualByComparingTo("0.9");
  }

  @Test
  void platformUsersSeeNoIdentityAndNoMeasureOfFewerThanK() {
    BenchmarkView view = k5.benchmark(GROUP, anonymous(cohort), TITLES, false);

    assertThat(view.suppressed()).isFalse();
    assertThat(view.cohortSize()).isEqualTo(5);
    BenchmarkMeasure speed = view.indicators().getFirst();
    assertThat(speed.outlierCount()).isEqualTo(1);
    assertThat(speed.outliers()).isNull();
    // The rate has values of 4 platforms only: withheld, count and all.
    BenchmarkMeasure rate = view.indicators().get(1);
    assertThat(rate.suppressed()).isTrue();
    assertThat(rate.cohortSize()).isNull();
    assertThat(rate.distribution()).isNull();
    assertThat(rate.outlierCount()).isNull();
  }

  @Test
  void aGroupBelowKIsWithheldWholeFromPlatformsAndFlaggedForRegulators() {
    List<BenchmarkEntry> four = cohort.subList(0, 4);

    BenchmarkView platform = k5.benchmark(GROUP, anonymous(four), TITLES, false);
    assertThat(platform.suppressed()).isTrue();
    assertThat(platform.smallCohort()).isTrue();
    assertThat(platform.suppressionReason()).contains("fewer than 5 platforms");
    assertThat(platform.cohortSize()).isNull();
    assertThat(platform.total()).isNull();
    assertThat(platform.indicators()).isEmpty();
    assertThat(platform.minCohort()).isEqualTo(5);

    BenchmarkView regulator = k5.benchmark(GROUP, four, TITLES, true);
    assertThat(regulator.suppressed()).isFalse();
    assertThat(regulator.smallCohort()).isTrue();
    assertThat(regulator.cohortSize()).isEqualTo(4);
    assertThat(regulator.total().distribution()).isNotNull();
  }

  @Test
  void platformsAreCountedNotEntries() {
    // Two entries of one peer count as one platform: five entries, four platforms.
    List<BenchmarkEntry> entries =
        List.of(
            entry(1, "90", "1", "1"),
            entry(1, "80", "1", "1"),
            entry(2, "70", "1", "1"),
            entry(3, "60", "1", "1"),
            entry(4, "50", "1", "1"));
    assertThat(k5.benchmark(GROUP, anonymous(entries), TITLES, false).suppressed()).isTrue();
  }

  @Test
  void aReturnsStandingIsItsPercentileRankAndOutlierFlag() {
    BenchmarkPosition second = k5.position(GROUP, anonymous(cohort), TITLES, cohort.get(1), false);

    // total 89.58: 2 below, 2 equal of 5 -> 60
    assertThat(second.total().percentile()).isEqualByComparingTo("60");
    assertThat(second.total().value()).isEqualByComparingTo("89.58");
    assertThat(second.total().outlier()).isNull();
    BenchmarkStanding speed = second.indicators().getFirst();
    // speed 2: 1 below, 2 equal -> (1 + 1) / 5 = 40
    assertThat(speed.percentile()).isEqualByComparingTo("40");
    assertThat(second.indicators().get(1).suppressed()).isTrue();
    assertThat(second.indicators().get(1).percentile()).isNull();
    assertThat(second.indicators().get(1).value()).isEqualByComparingTo("0.9");

    BenchmarkPosition slow = k5.position(GROUP, anonymous(cohort), TITLES, cohort.get(4), false);
    assertThat(slow.indicators().getFirst().outlier()).isEqualTo(BenchmarkOutlierSide.HIGH);
    assertThat(slow.total().percentile()).isEqualByComparingTo("10");

    BenchmarkPosition notScored = k5.position(GROUP, cohort, TITLES, cohort.get(3), true);
    assertThat(notScored.indicators().get(1).scored()).isFalse();
    assertThat(notScored.indicators().get(1).percentile()).isNull();
    assertThat(notScored.indicators().get(1).distribution()).isNotNull();

    BenchmarkPosition small =
        k5.position(GROUP, anonymous(cohort.subList(0, 4)), TITLES, cohort.get(0), false);
    assertThat(small.suppressed()).isTrue();
    assertThat(small.total()).isNull();
  }

  @Test
  void aCategoryBelowKIsWithheldFromPlatforms() {
    BenchmarkCategory five = k5.category(PlatformCategory.CATEGORY_1, anonymous(cohort), false);
    assertThat(five.cohortSize()).isEqualTo(5);
    assertThat(five.distribution().p95()).isEqualByComparingTo("92.916");

    BenchmarkCategory none = k5.category(PlatformCategory.CORE, List.of(), false);
    assertThat(none.suppressed()).isTrue();
    assertThat(none.cohortSize()).isNull();

    BenchmarkCategory regulators = k5.category(PlatformCategory.CORE, List.of(), true);
    assertThat(regulators.suppressed()).isFalse();
    assertThat(regulators.smallCohort()).isTrue();
    assertThat(regulators.cohortSize()).isZero();
    assertThat(regulators.distribution()).isNull();
  }

  @Test
  void indicatorsFollowTheTemplateThenAnyOtherCodeFound() {
    List<BenchmarkEntry> entries =
        List.of(
            new BenchmarkEntry(
                null,
                null,
                null,
                "peer-1",
                1,
                PlatformCategory.CATEGORY_1,
                null,
                BigDecimal.TEN,
                Map.of("zeta", BigDecimal.ONE, "rate", BigDecimal.ONE, "alpha", BigDecimal.ONE)));
    BenchmarkView view =
        new BenchmarkCalculator(new BenchmarkStatistics(1))
            .benchmark(GROUP, entries, TITLES, false);
    assertThat(view.indicators())
        .extracting(BenchmarkMeasure::code)
        .containsExactly("rate", "alpha", "zeta");
  }

  private static BenchmarkEntry entry(int platform, String total, String speed, String rate) {
    Map<String, BigDecimal> values = new HashMap<>();
    values.put("speed", new BigDecimal(speed));
    if (rate != null) {
      values.put("rate", new BigDecimal(rate));
    }
    return new BenchmarkEntry(
        UUID.randomUUID(),
        UUID.randomUUID(),
        platform(platform),
        "peer-" + platform,
        1,
        PlatformCategory.CATEGORY_1,
        "34m-and-over",
        new BigDecimal(total),
        values);
  }

  /** As the cohort function answers a platform user: peers without ids. */
  private static List<BenchmarkEntry> anonymous(List<BenchmarkEntry> entries) {
    return entries.stream()
        .map(
            entry ->
                new BenchmarkEntry(
                    null,
                    null,
                    null,
                    entry.peer(),
                    entry.templateVersion(),
                    entry.category(),
                    entry.sizeBand(),
                    entry.total(),
                    entry.indicators()))
        .toList();
  }

  private static UUID platform(int number) {
    return new UUID(0, number);
  }
}
