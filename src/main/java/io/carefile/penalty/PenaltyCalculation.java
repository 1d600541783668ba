package io.carefile.penalty;

import java.util.List;

/**
 * A calculated penalty: every step in order and the amount they give.
 *
 * @param kind how the amount was reached
 * @param steps every step, in order, each with its inputs, figure and explanation
 * @param amount the penalty, in the penalty's currency: the last step's figure
 * @param cap the statutory maximum that applied
 * @param capBasis which limb of the maximum is the greater
 * @param capped true when the amount calculated was above what the cap allowed, and was cut to it
 * @param exchangeRate the rate a revenue was converted at; null when every revenue was in the
 *     penalty's currency
 */
public record PenaltyCalculation(
    PenaltyKind kind,
    List<PenaltyStep> steps,
    Money amount,
    Money cap,
    CapBasis capBasis,
    boolean capped,
    ExchangeRate exchangeRate) {

  public PenaltyCalculation {
    steps = List.copyOf(steps);
  }

  /**
   * A fixed penalty as a calculation of one step, so that it is stored and shown as every other
   * penalty is: the sum its rule sets, and why it is due. No statutory cap applies to it.
   */
  public static PenaltyCalculation fixed(Money amount, String reason) {
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("A fixed penalty is of a positive amount: " + amount);
    }
    PenaltyStep step =
        new PenaltyStep(
            PenaltyStepName.FIXED_PENALTY,
            null,
            List.of(PenaltyFigure.money("fixedPenalty", amount)),
            amount,
            reason);
    return new PenaltyCalculation(
        PenaltyKind.FIXED, List.of(step), amount, null, null, false, null);
  }
}
