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
}
