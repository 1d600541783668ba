package io.carefile.penalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Stands in for the penalty-records feature: notes each fixed penalty the points job says is due.
 */
@ApplicationScoped
public class ObservedPenaltiesDue {

  private final Queue<FixedLateFilingPenaltyDue> seen = new ConcurrentLinkedQueue<>();

  void onDue(@Observes FixedLateFilingPenaltyDue due) {
    seen.add(due);
  }

  List<FixedLateFilingPenaltyDue> of(UUID platformId) {
    return seen.stream().filter(due -> due.platformId().equals(platformId)).toList();
  }
}
