package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Late-filing points on HMRC's VAT numbers, with fixed penalties of their own per period type:
 *
 * <pre>
 * MONTHLY    threshold 5, points expire after 24 months, compliance period  6 months, GBP 200
 * QUARTERLY  threshold 4, points expire after 24 months, compliance period 12 months, GBP 500
 * ANNUAL     threshold 2, points expire after 24 months, compliance period 24 months, GBP 1,000
 * </pre>
 */
class LateFilingPointsPolicyTest {

  private static final Money MONTHLY_PENALTY = Money.gbp("200");
  private static final Money QUARTERLY_PENALTY = Money.gbp("500");
  private static final Money ANNUAL_PENALTY = Money.gbp("1000");

  private static final LateFilingPointsPolicy POLICY =
      new LateFilingPointsPolicy(
          Map.of(
              PeriodType.MONTHLY, new PointsRule(5, 24, 6, MONTHLY_PENALTY),
              PeriodType.QUARTERLY, new PointsRule(4, 24, 12, QUARTERLY_PENALTY),
              PeriodType.ANNUAL, new PointsRule(2, 24, 24, ANNUAL_PENALTY)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # history: reference type date; each expected: point before after issued, in order
          four quarterly late returns reach the threshold: the fourth issues one penalty \
            | Q1 QUARTERLY 2024-02-10, Q2 QUARTERLY 2024-05-10, Q3 QUARTERLY 2024-08-10, \
              Q4 QUARTERLY 2024-11-10 \
            | true 0 1 false, true 1 2 false, true 2 3 false, true 3 4 true
          each further late return while at the threshold issues another, adding no point \
            | Q1 QUARTERLY 2024-02-10, Q2 QUARTERLY 2024-05-10, Q3 QUARTERLY 2024-08-10, \
              Q4 QUARTERLY 2024-11-10, Q5 QUARTERLY 2025-02-10, Q6 QUARTERLY 2025-05-10 \
            | true 0 1 false, true 1 2 false, true 2 3 false, true 3 4 true, \
              false 4 4 true, false 4 4 true
          at the threshold, twelve months without a late return reset the tally; a day less does not \
            | Q1 QUARTERLY 2024-02-10, Q2 QUARTERLY 2024-05-10, Q3 QUARTERLY 2024-08-10, \
              Q4 QUARTERLY 2024-11-10, Q5 QUARTERLY 2025-11-09, Q6 QUARTERLY 2026-11-09 \
            | true 0 1 false, true 1 2 false, true 2 3 false, true 3 4 true, \
              false 4 4 true, true 0 1 false
          below the threshold a point expires 24 months after it was earned, not a day before \
            | Q1 QUARTERLY 2024-01-15, Q2 QUARTERLY 2026-01-14, Q3 QUARTERLY 2026-01-15 \
            | true 0 1 false, true 1 2 false, true 1 2 false
          expired points never reach the threshold \
            | Q1 QUARTERLY 2020-01-10, Q2 QUARTERLY 2022-01-10, Q3 QUARTERLY 2024-01-10, \
              Q4 QUARTERLY 2026-01-10 \
            | true 0 1 false, true 0 1 false, true 0 1 false, true 0 1 false
          each period type keeps its own tally and threshold \
            | Q1 QUARTERLY 2024-02-10, A1 ANNUAL 2024-03-01, Q2 QUARTERLY 2024-05-10, \
              A2 ANNUAL 2025-03-01, Q3 QUARTERLY 2025-05-10 \
            | true 0 1 false, true 0 1 false, true 1 2 false, true 1 2 true, true 2 3 false
          five monthly points, the first a day before it expires; six months without one reset them \
            | M1 MONTHLY 2024-01-08, M2 MONTHLY 2024-03-08, M3 MONTHLY 2024-06-08, \
              M4 MONTHLY 2025-02-08, M5 MONTHLY 2026-01-07, M6 MONTHLY 2026-07-07 \
            | true 0 1 false, true 1 2 false, true 2 3 false, true 3 4 false, true 4 5 true, \
              true 0 1 false
          """)
  void decidesEachLateSubmissionInTurn(String ignoredCase, String history, String expected) {
    List<LateFilingDecision> decisions = POLICY.decide(submissions(history));

    List<String> outcomes =
        decisions.stream()
            .map(
                d ->
                    d.pointAwarded()
                        + " "
                        + d.pointsBefore()
                        + " "
                        + d.pointsAfter()
                        + " "
                        + d.issuesFixedPenalty())
            .toList();
    assertThat(outcomes).containsExactly(expected.split("\\s*,\\s*"));
  }

  @Test
  void pointsAccrueExpireAndIssueExactlyOneFixedPenalty() {
    // Three quarterly returns late in 2024; the first expires on 2026-01-15, 24 months on, before
    // the fourth. The fifth, before the second expires on 2026-04-15, reaches the threshold.
    List<LateSubmission> history =
        List.of(
            late("DCR-2024-000001-01", PeriodType.QUARTERLY, "2024-01-15"),
            late("DCR-2024-000002-01", PeriodType.QUARTERLY, "2024-04-15"),
            late("DCR-2024-000003-01", PeriodType.QUARTERLY, "2024-07-15"),
            late("DCR-2026-000004-01", PeriodType.QUARTERLY, "2026-02-15"),
            late("DCR-2026-000005-01", PeriodType.QUARTERLY, "2026-03-15"));

    assertThat(POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2024, 12, 31)))
        .satisfies(
            s -> {
              assertThat(s.points()).isEqualTo(3);
              assertThat(s.atThreshold()).isFalse();
              assertThat(s.standing())
                  .extracting(p -> p.earnedBy().reference(), StandingPoint::expiresOn)
                  .containsExactly(
                      tuple("DCR-2024-000001-01", LocalDate.of(2026, 1, 15)),
                      tuple("DCR-2024-000002-01", LocalDate.of(2026, 4, 15)),
                      tuple("DCR-2024-000003-01", LocalDate.of(2026, 7, 15)));
              assertThat(s.resetOn()).isNull();
            });
    assertThat(POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2026, 1, 14)).points())
        .isEqualTo(3);
    assertThat(POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2026, 1, 15)).points())
        .isEqualTo(2);

    List<LateFilingDecision> decisions = POLICY.decide(history);

    assertThat(decisions)
        .extracting(
            LateFilingDecision::pointsBefore,
            LateFilingDecision::pointsAfter,
            LateFilingDecision::fixedPenalty)
        .containsExactly(
            tuple(0, 1, null),
            tuple(1, 2, null),
            tuple(2, 3, null),
            tuple(2, 3, null),
            tuple(3, 4, QUARTERLY_PENALTY));
    assertThat(decisions).filteredOn(LateFilingDecision::issuesFixedPenalty).hasSize(1);
    assertThat(decisions.getLast().explanation())
        .isEqualTo(
            "One point, reaching the threshold of 4: a fixed penalty of GBP 500.00 is issued, and"
                + " the points stand until 2027-03-15 if no return is late before then");
    assertThat(POLICY.decide(history))
        .as("the same history, the same decisions")
        .isEqualTo(decisions);
    assertThat(POLICY.decideNext(history.subList(0, 4), history.get(4)))
        .isEqualTo(decisions.getLast());
  }

  @Test
  void aGrowingHistoryNeverChangesAnEarlierDecision() {
    List<LateSubmission> history = new ArrayList<>();
    List<LateFilingDecision> decided = new ArrayList<>();
    LocalDate day = LocalDate.of(2024, 1, 10);
    for (int i = 1; i <= 12; i++) {
      LateSubmission next = late("DCR-" + i, PeriodType.MONTHLY, day.toString());
      decided.add(POLICY.decideNext(history, next));
      history.add(next);
      day = day.plusMonths(i % 3 == 0 ? 7 : 1);
    }

    assertThat(POLICY.decide(history)).isEqualTo(decided);
  }

  @Test
  void atTheThresholdPointsStandUntilTheCompliancePeriodPasses() {
    // The first point would expire on 2025-01-10; the fourth, on 2024-12-10, reaches the threshold
    // first, so all four stand until twelve months after the last late return.
    List<LateSubmission> history =
        List.of(
            late("Q1", PeriodType.QUARTERLY, "2023-01-10"),
            late("Q2", PeriodType.QUARTERLY, "2024-06-10"),
            late("Q3", PeriodType.QUARTERLY, "2024-09-10"),
            late("Q4", PeriodType.QUARTERLY, "2024-12-10"));

    PointsStanding held = POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2025, 12, 9));
    assertThat(held.points()).isEqualTo(4);
    assertThat(held.atThreshold()).isTrue();
    assertThat(held.standing()).extracting(StandingPoint::expiresOn).containsOnlyNulls();
    assertThat(held.resetOn()).isEqualTo(LocalDate.of(2025, 12, 10));

    PointsStanding reset =
        POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2025, 12, 10));
    assertThat(reset.points()).isZero();
    assertThat(reset.standing()).isEmpty();
    assertThat(reset.resetOn()).isNull();
  }

  @Test
  void standingCountsOnlyWhatWasSubmittedByThatDayAndOfThatPeriodType() {
    List<LateSubmission> history =
        List.of(
            late("A1", PeriodType.ANNUAL, "2024-03-01"),
            late("Q1", PeriodType.QUARTERLY, "2024-05-10"),
            late("Q2", PeriodType.QUARTERLY, "2024-08-10"));

    assertThat(POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2024, 8, 9)).points())
        .isEqualTo(1);
    assertThat(POLICY.standing(history, PeriodType.QUARTERLY, LocalDate.of(2024, 8, 10)).points())
        .isEqualTo(2);
    assertThat(POLICY.standing(history, PeriodType.ANNUAL, LocalDate.of(2024, 8, 10)))
        .extracting(PointsStanding::points, PointsStanding::threshold)
        .containsExactly(1, 2);
    assertThat(POLICY.standing(history, PeriodType.MONTHLY, LocalDate.of(2024, 8, 10)).points())
        .isZero();
  }

  @Test
  void aHistoryOutOfOrderIsRefused() {
    List<LateSubmission> history =
        List.of(
            late("Q2", PeriodType.QUARTERLY, "2024-05-10"),
            late("Q1", PeriodType.QUARTERLY, "2024-02-10"));

    assertThatThrownBy(() -> POLICY.decide(history))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Q1 on 2024-02-10 comes after one on 2024-05-10");
  }

  @Test
  void everyPeriodTypeNeedsAUsableRule() {
    assertThatThrownBy(
            () ->
                new LateFilingPointsPolicy(
                    Map.of(PeriodType.QUARTERLY, new PointsRule(4, 24, 12, QUARTERLY_PENALTY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONTHLY");
    assertThatThrownBy(() -> new PointsRule(0, 24, 12, QUARTERLY_PENALTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PointsRule(4, 24, 12, Money.gbp("0")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PointsRule(4, 24, 12, Money.gbp("0.001")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<LateSubmission> submissions(String history) {
    List<LateSubmission> submissions = new ArrayList<>();
    for (String entry : history.split("\\s*,\\s*")) {
      String[] parts = entry.strip().split("\\s+");
      submissions.add(late(parts[0], PeriodType.valueOf(parts[1]), parts[2]));
    }
    return submissions;
  }

  private static LateSubmission late(String reference, PeriodType type, String day) {
    return new LateSubmission(reference, type, LocalDate.parse(day));
  }
}
