package io.carefile.penalty;

/**
 * What one late original submission brings under the points rule of its period type.
 *
 * @param submission the late submission
 * @param pointAwarded true when it earned a point; false when its tally was already at the
 *     threshold
 * @param pointsBefore the points standing just before it, after any expiry or reset on its day
 * @param pointsAfter the points standing after it
 * @param threshold the threshold of its period type
 * @param fixedPenalty the fixed penalty it issues, or null when it issues none
 * @param explanation the decision in words
 */
public record LateFilingDecision(
    LateSubmission submission,
    boolean pointAwarded,
    int pointsBefore,
    int pointsAfter,
    int threshold,
    Money fixedPenalty,
    String explanation) {

  public boolean issuesFixedPenalty() {
    return fixedPenalty != null;
  }
}
