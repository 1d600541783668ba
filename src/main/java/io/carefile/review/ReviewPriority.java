package io.carefile.review;

import java.util.List;

/** A return's review priority: the sum of its factors' points, and those factors, highest first. */
public record ReviewPriority(int points, List<PriorityReason> reasons) {

  public ReviewPriority {
    reasons = List.copyOf(reasons);
  }
}
