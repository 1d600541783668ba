package io.carefile.filing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a return may go from where it stands. A draft becomes SUBMITTED; an analyst takes it into
 * review (UNDER_REVIEW), may query it (QUERIED, back with the platform, until the platform answers
 * or amends), and accepts or rejects it from review. A return the platform has left unanswered may
 * still be rejected; it is never accepted without an answer. ACCEPTED and REJECTED are final for
 * the reviewed version: only an amendment moves such a return on, into a new review.
 */
public final class FilingLifecycle {

  private static final Map<FilingStatus, Map<ReviewStep, FilingStatus>> STEPS =
      new EnumMap<>(FilingStatus.class);

  static {
    STEPS.put(
        FilingStatus.SUBMITTED, Map.of(ReviewStep.TAKE_INTO_REVIEW, FilingStatus.UNDER_REVIEW));
    STEPS.put(
        FilingStatus.UNDER_REVIEW,
        Map.of(
            ReviewStep.RAISE_QUERY, FilingStatus.QUERIED,
            ReviewStep.ACCEPT, FilingStatus.ACCEPTED,
            ReviewStep.REJECT, FilingStatus.REJECTED));
    STEPS.put(
        FilingStatus.QUERIED,
        Map.of(
            ReviewStep.RAISE_QUERY, FilingStatus.QUERIED,
            ReviewStep.ANSWER_QUERY, FilingStatus.UNDER_REVIEW,
            ReviewStep.REJECT, FilingStatus.REJECTED));
  }

  private FilingLifecycle() {}

  /** The status the step leads to from {@code from}, or empty when it is not allowed there. */
  public static Optional<FilingStatus> after(FilingStatus from, ReviewStep step) {
    return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(step));
  }

  /** The statuses a review step can lead to from {@code from}, in the lifecycle's order. */
  public static List<FilingStatus> nextStatuses(FilingStatus from) {
    return STEPS.getOrDefault(from, Map.of()).values().stream().distinct().sorted().toList();
  }

  /** The review steps allowed from {@code from}, in declaration order. */
  public static List<ReviewStep> stepsFrom(FilingStatus from) {
    return STEPS.getOrDefault(from, Map.of()).keySet().stream().sorted().toList();
  }

  /**
   * The status of a return once a version is submitted: the first is SUBMITTED; an amendment of a
   * return in review, or one the platform was asked about, answers it and stays under review; an
   * amendment of a decided return starts a new review.
   */
  public static FilingStatus afterSubmission(FilingStatus from) {
    return switch (from) {
      case DRAFT, SUBMITTED, ACCEPTED, REJECTED -> FilingStatus.SUBMITTED;
      case UNDER_REVIEW, QUERIED -> FilingStatus.UNDER_REVIEW;
    };
  }
}
