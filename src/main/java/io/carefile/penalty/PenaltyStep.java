package io.carefile.penalty;

import java.util.List;

/**
 * One step of a penalty calculation: what it took, what it gave and why. Stored with the penalty
 * and shown as it is, so that anyone can redo the calculation by hand.
 *
 * @param name the step
 * @param subject the seriousness level or factor code the step applies, null for the other steps
 * @param inputs the figures the step used, each as used (already rounded by an earlier step)
 * @param result the step's figure, rounded to the minor unit ({@link Money#ROUNDING}); for a
 *     factor, its signed adjustment, for the other steps the amount so far
 * @param explanation the step in words, with its figures
 */
public record PenaltyStep(
    PenaltyStepName name,
    String subject,
    List<PenaltyFigure> inputs,
    Money result,
    String explanation) {

  public PenaltyStep {
    inputs = List.copyOf(inputs);
  }
}
