package io.carefile.review;

import io.carefile.audit.AuditLog;
import io.carefile.common.security.Caller;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReviewStep;
import io.carefile.filing.ReviewedFiling;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes a return's review history ({@code review_event}), one entry per step, in the step's
 * transaction. The entry records the review as the step left it.
 */
@ApplicationScoped
public class ReviewHistory {

  private final ReviewEventRepository events;
  private final ReviewRepository reviews;
  private final Instance<Caller> caller;
  private final Clock clock;

  ReviewHistory(
      ReviewEventRepository events,
      ReviewRepository reviews,
      Instance<Caller> caller,
      Clock clock) {
    this.events = events;
    this.reviews = reviews;
    this.caller = caller;
    this.clock = clock;
  }

  /** One step, as the review stands after it. */
  @Transactional(Transactional.TxType.MANDATORY)
  ReviewHistoryEntry record(
      Review review,
      ReviewAction action,
      FilingStatus from,
      String previousAssignee,
      UUID decisionId,
      String detail) {
    ReviewEvent event = new ReviewEvent();
    event.id = UUID.randomUUID();
    event.filingId = review.filingId;
    event.platformId = review.platformId;
    event.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    event.actor = actor();
    event.action = action;
    event.versionNumber = review.latestVersion;
    event.fromStatus = from;
    event.toStatus = review.status;
    event.assignee = review.assignee;
    event.previousAssignee = previousAssignee;
    event.decisionId = decisionId;
    event.detail = detail;
    events.persist(event);
    return entryOf(event);
  }

  /**
   * A step a query moved the return by: raised or followed up ({@link ReviewAction#QUERIED}), or
   * its last open query answered or closed ({@link ReviewAction#ANSWERED}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void recordQueryStep(ReviewedFiling reviewed, ReviewStep step, String detail) {
    ReviewAction action =
        switch (step) {
          case RAISE_QUERY -> ReviewAction.QUERIED;
          case ANSWER_QUERY -> ReviewAction.ANSWERED;
          default -> throw new IllegalArgumentException(step + " is not a query's step");
        };
    reviews
        .findVisible(reviewed.filingId())
        .ifPresent(review -> record(review, action, reviewed.from(), null, null, detail));
  }

  static ReviewHistoryEntry entryOf(ReviewEvent event) {
    return new ReviewHistoryEntry(
        event.occurredAt,
        event.actor,
        event.action,
        event.versionNumber,
        event.fromStatus,
        event.toStatus,
        event.assignee,
        event.previousAssignee,
        event.decisionId,
        event.detail);
  }

  private String actor() {
    if (!Arc.container().requestContext().isActive() || !caller.get().isAuthenticated()) {
      return AuditLog.SYSTEM_ACTOR;
    }
    return caller.get().username();
  }
}
