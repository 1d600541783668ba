package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FixedPenaltyCalculationTest {

  private static final Currency GBP = Currency.getInstance("GBP");

  @Test
  void aFixedPenaltyIsOneStepOfItsSumAndReason() {
    Money sum = new Money(new BigDecimal("10000.00"), GBP);
    PenaltyCalculation calculation = PenaltyCalculation.fixed(sum, "The fourth late return.");

    assertThat(calculation.kind()).isEqualTo(PenaltyKind.FIXED);
    assertThat(calculation.amount()).isEqualTo(sum);
    assertThat(calculation.capped()).isFalse();
    assertThat(calculation.cap()).isNull();
    assertThat(calculation.steps()).hasSize(1);
    PenaltyStep step = calculation.steps().get(0);
    assertThat(step.name()).isEqualTo(PenaltyStepName.FIXED_PENALTY);
    assertThat(step.result()).isEqualTo(sum);
    assertThat(step.explanation()).isEqualTo("The fourth late return.");
    assertThat(step.inputs())
        .containsExactly(new PenaltyFigure("fixedPenalty", sum.amount(), FigureUnit.MONEY, GBP));
  }

  @Test
  void aFixedPenaltyOfNothingIsNoPenalty() {
    assertThatThrownBy(
            () -> PenaltyCalculation.fixed(new Money(BigDecimal.ZERO, GBP), "Nothing is due."))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
