package io.carefile.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.carefile.common.error.ProblemException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each outcome of a decision must and must not carry. */
class DecisionPolicyTest {

  @ParameterizedTest(name = "{0} findings={1} reasons={2} text={3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # outcome            | findings | reasons | text  | refusal (field)
          ACCEPT               | false    | false   | false | -
          ACCEPT               | false    | false   | true  | -
          ACCEPT               | true     | false   | false | findings-not-allowed (findings)
          ACCEPT               | false    | true    | false | rejection-reasons-not-allowed (reasonCodes)
          ACCEPT_WITH_FINDINGS | true     | false   | false | -
          ACCEPT_WITH_FINDINGS | true     | false   | true  | -
          ACCEPT_WITH_FINDINGS | false    | false   | false | findings-required (findings)
          ACCEPT_WITH_FINDINGS | true     | true    | false | rejection-reasons-not-allowed (reasonCodes)
          REJECT               | false    | true    | true  | -
          REJECT               | false    | false   | true  | rejection-reasons-required (reasonCodes)
          REJECT               | false    | true    | false | rejection-text-required (text)
          REJECT               | true     | true    | true  | findings-not-allowed (findings)
          """)
  void eachOutcomeCarriesWhatItNeedsAndNothingElse(
      ReviewOutcome outcome, boolean findings, boolean reasons, boolean text, String refusal) {
    Decision decision =
        new Decision(
            outcome,
            findings ? List.of(new DecisionFinding("Check the FTE figure", List.of())) : null,
            reasons ? List.of("INCOMPLETE") : null,
            text ? "Why, in words" : null,
            0L);

    if (refusal.equals("-")) {
      assertThatCode(() -> DecisionPolicy.check(decision)).doesNotThrowAnyException();
    } else {
      ProblemException refused =
          catchThrowableOfType(ProblemException.class, () -> DecisionPolicy.check(decision));
      assertThat(refused.type().code() + " (" + refused.errors().getFirst().field() + ")")
          .isEqualTo(refusal);
    }
  }

  @ParameterizedTest(name = "a rejection with text \"{0}\" has none")
  @CsvSource({"' '", "'\t\n'"})
  void blankTextIsNoText(String blank) {
    ProblemException refused =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                DecisionPolicy.check(
                    new Decision(ReviewOutcome.REJECT, null, List.of("INCOMPLETE"), blank, 0L)));
    assertThat(refused.is(ReviewProblems.REJECTION_TEXT_REQUIRED)).isTrue();
  }
}
