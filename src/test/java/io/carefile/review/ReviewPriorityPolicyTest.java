package io.carefile.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review priority's formula with its default points, factor by factor and together. */
class ReviewPriorityPolicyTest {

  /** The defaults of {@link ReviewConfig.Priority}, as docs/review.md lists them. */
  static final PriorityWeights DEFAULTS =
      new PriorityWeights(40, 20, 10, 0, 15, 3, 6, 15, 1, 25, 20, 10, 5, 0);

  private final ReviewPriorityPolicy policy = new ReviewPriorityPolicy(DEFAULTS);

  @ParameterizedTest(name = "{0} late={1} warnings={2}/{3} drop={4} {5} -> {6} [{7}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # band     | late  | warnings | explained | drop   | category    | priority | reasons, highest first
          GREEN      | false | 0        | 0         | -      | CORE        | 0        | -
          GREEN      | false | 0        | 0         | -      | CATEGORY_1  | 20       | CATEGORY:20
          GREEN      | false | 0        | 0         | -      | CATEGORY_2A | 10       | CATEGORY:10
          GREEN      | false | 0        | 0         | -      | CATEGORY_2B | 5        | CATEGORY:5
          NOT_SCORED | false | 0        | 0         | -      | CORE        | 10       | BAND:10
          AMBER      | false | 0        | 0         | -      | CORE        | 20       | BAND:20
          RED        | false | 0        | 0         | -      | CORE        | 40       | BAND:40
          GREEN      | true  | 0        | 0         | -      | CORE        | 15       | LATE:15
          GREEN      | false | 1        | 1         | -      | CORE        | 3        | WARNINGS:3
          GREEN      | false | 4        | 4         | -      | CORE        | 12       | WARNINGS:12
          GREEN      | false | 5        | 5         | -      | CORE        | 15       | WARNINGS:15
          GREEN      | false | 9        | 9         | -      | CORE        | 15       | WARNINGS:15
          GREEN      | false | 2        | 1         | -      | CORE        | 9        | WARNINGS:9
          GREEN      | false | 0        | 0         | 0.99   | CORE        | 0        | -
          GREEN      | false | 0        | 0         | 1.00   | CORE        | 1        | SCORE_DROP:1
          GREEN      | false | 0        | 0         | 12.75  | CORE        | 12       | SCORE_DROP:12
          GREEN      | false | 0        | 0         | 25.00  | CORE        | 25       | SCORE_DROP:25
          GREEN      | false | 0        | 0         | 60.00  | CORE        | 25       | SCORE_DROP:25
          GREEN      | false | 0        | 0         | -8.00  | CORE        | 0        | -
          RED        | true  | 2        | 2         | 30.50  | CATEGORY_1  | 106      | BAND:40, SCORE_DROP:25, CATEGORY:20, LATE:15, WARNINGS:6
          AMBER      | false | 1        | 1         | 15.00  | CATEGORY_2B | 43       | BAND:20, SCORE_DROP:15, CATEGORY:5, WARNINGS:3
          AMBER      | true  | 0        | 0         | -      | CATEGORY_1  | 55       | BAND:20, CATEGORY:20, LATE:15
          GREEN      | true  | 5        | 5         | 15.00  | CORE        | 45       | LATE:15, WARNINGS:15, SCORE_DROP:15
          """)
  void thePriorityIsTheSumOfItsFactorsPoints(
      ScoreBand band,
      boolean late,
      int warnings,
      int explained,
      BigDecimal drop,
      PlatformCategory category,
      int priority,
      String reasons) {
    ReviewPriority computed =
        policy.priorityOf(
            new PriorityFactors(band, false, late, warnings, explained, drop, category));

    assertThat(computed.points()).isEqualTo(priority);
    assertThat(
            String.join(
                ", ",
                computed.reasons().stream()
                    .map(reason -> reason.factor() + ":" + reason.points())
                    .toList()))
        .isEqualTo(reasons == null ? "" : reasons);
    assertThat(computed.reasons().stream().mapToInt(PriorityReason::points).sum())
        .isEqualTo(priority);
  }

  @Test
  void theOrderOfBandsIsRedAmberNotScoredGreen() {
    int red = bandOnly(ScoreBand.RED);
    int amber = bandOnly(ScoreBand.AMBER);
    int notScored = bandOnly(ScoreBand.NOT_SCORED);
    int green = bandOnly(ScoreBand.GREEN);
    assertThat(red).isGreaterThan(amber);
    assertThat(amber).isGreaterThan(notScored);
    assertThat(notScored).isGreaterThan(green);
  }

  @Test
  void theReasonsSayWhyInWords() {
    ReviewPriority computed =
        policy.priorityOf(
            new PriorityFactors(
                ScoreBand.RED,
                true,
                true,
                3,
                2,
                new BigDecimal("12.50"),
                PlatformCategory.CATEGORY_1));

    assertThat(computed.reasons())
        .extracting(PriorityReason::description)
        .containsExactly(
            "Band RED (overridden by an analyst)",
            "Category 1 service",
            "Submitted late",
            "3 warnings, 1 unexplained",
            "Total 12.5 points below the previous period's");
    assertThat(
            policy
                .priorityOf(
                    new PriorityFactors(
                        ScoreBand.NOT_SCORED, false, false, 1, 1, null, PlatformCategory.CORE))
                .reasons())
        .extracting(PriorityReason::description)
        .containsExactly("Not scored: no indicator could be scored", "1 warning, explained");
  }

  @Test
  void theWeightsComeFromConfigurationAndNoneIsNegative() {
    ReviewPriorityPolicy late =
        new ReviewPriorityPolicy(new PriorityWeights(0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(
            late.priorityOf(
                    new PriorityFactors(
                        ScoreBand.RED, false, true, 0, 0, null, PlatformCategory.CATEGORY_1))
                .points())
        .isEqualTo(100);
    assertThatThrownBy(() -> new PriorityWeights(40, 20, 10, -1, 15, 3, 6, 15, 1, 25, 20, 10, 5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDropIsThePreviousTotalLessThisOneWhenBothAreKnown() {
    assertThat(ReviewPriorityPolicy.scoreDrop(new BigDecimal("80.00"), new BigDecimal("67.50")))
        .isEqualByComparingTo("12.50");
    assertThat(ReviewPriorityPolicy.scoreDrop(new BigDecimal("60.00"), new BigDecimal("67.50")))
        .isEqualByComparingTo("-7.50");
    assertThat(ReviewPriorityPolicy.scoreDrop(null, new BigDecimal("67.50"))).isNull();
    assertThat(ReviewPriorityPolicy.scoreDrop(new BigDecimal("80.00"), null)).isNull();
  }

  @Test
  void explainedWarningsCannotOutnumberWarnings() {
    assertThatThrownBy(
            () ->
                new PriorityFactors(
                    ScoreBand.GREEN, false, false, 1, 2, null, PlatformCategory.CORE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int bandOnly(ScoreBand band) {
    return policy
        .priorityOf(new PriorityFactors(band, false, false, 0, 0, null, PlatformCategory.CORE))
        .points();
  }
}
