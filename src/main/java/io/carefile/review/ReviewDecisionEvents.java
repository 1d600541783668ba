package io.carefile.review;

import io.carefile.filing.ReturnEvent;
import io.carefile.filing.ReturnHistorySource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The review's decisions in a return's history (its workbook): each decision, with its reasons,
 * findings and text, as the platform reads them in the return's review.
 */
@ApplicationScoped
class ReviewDecisionEvents implements ReturnHistorySource {

  private final ReviewDecisionRepository decisions;

  ReviewDecisionEvents(ReviewDecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<ReturnEvent> eventsOf(UUID filingId) {
    return decisions.of(filingId).stream().map(ReviewQueue::recorded).map(this::event).toList();
  }

  private ReturnEvent event(RecordedDecision decision) {
    return new ReturnEvent(
        decision.decidedAt(),
        switch (decision.outcome()) {
          case ACCEPT -> "Accepted";
          case ACCEPT_WITH_FINDINGS -> "Accepted with findings";
          case REJECT -> "Rejected";
        },
        decision.versionNumber(),
        decision.decidedBy(),
        detail(decision));
  }

  private static String detail(RecordedDecision decision) {
    List<String> parts = new ArrayList<>();
    decision.reasons().forEach(reason -> parts.add("Reason: " + reason.label()));
    decision.findings().forEach(finding -> parts.add("Finding: " + finding.text()));
    if (decision.text() != null && !decision.text().isBlank()) {
      parts.add(decision.text());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }
}
