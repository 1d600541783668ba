package io.carefile.review;

/**
 * The points of {@link ReviewPriorityPolicy}, from {@code carefile.review.priority.*} ({@link
 * ReviewConfig.Priority}). Every number is 0 or more.
 */
public record PriorityWeights(
    int red,
    int amber,
    int notScored,
    int green,
    int late,
    int perExplainedWarning,
    int perUnexplainedWarning,
    int warningsCap,
    int perPointOfDrop,
    int dropCap,
    int category1,
    int category2A,
    int category2B,
    int core) {

  public PriorityWeights {
    int[] all = {
      red,
      amber,
      notScored,
      green,
      late,
      perExplainedWarning,
      perUnexplainedWarning,
      warningsCap,
      perPointOfDrop,
      dropCap,
      category1,
      category2A,
      category2B,
      core
    };
    for (int points : all) {
      if (points < 0) {
        throw new IllegalArgumentException("Priority points cannot be negative: " + points);
      }
    }
  }
}
