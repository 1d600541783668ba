package io.carefile.review;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.tenancy.Conditions;
import io.carefile.platform.PlatformService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What callers may read of the review: the queue, one return in it, its history, and a return's
 * review status and decisions. Reads only; every change is in {@link ReviewService}.
 */
@ApplicationScoped
public class ReviewQueue {

  /**
   * The returns needing review, as a literal condition so that PostgreSQL matches the queue's
   * partial indexes (a bound parameter would not prove their predicate).
   */
  static final String NEEDING_REVIEW =
      "status in (io.carefile.filing.FilingStatus.SUBMITTED,"
          + " io.carefile.filing.FilingStatus.UNDER_REVIEW,"
          + " io.carefile.filing.FilingStatus.QUERIED)";

  /** Highest priority first, the oldest first among equals; the id keeps pages stable. */
  static final Sort QUEUE_ORDER =
      Sort.by("priority", Sort.Direction.Descending).and("submittedAt").and("filingId");

  private final ReviewRepository reviews;
  private final ReviewDecisionRepository decisions;
  private final ReviewEventRepository events;
  private final PlatformService platforms;
  private final Caller caller;
  private final Clock clock;

  ReviewQueue(
      ReviewRepository reviews,
      ReviewDecisionRepository decisions,
      ReviewEventRepository events,
      PlatformService platforms,
      Caller caller,
      Clock clock) {
    this.reviews = reviews;
    this.decisions = decisions;
    this.events = events;
    this.platforms = platforms;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReviewItem> list(ReviewFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("templateCode = :templateCode", "templateCode", filter.wantedTemplate())
            .and("periodStart = :periodStart", "periodStart", filter.periodStart)
            .and("category = :category", "category", filter.wantedCategory())
            .and("band = :band", "band", filter.wantedBand())
            .and("late = :late", "late", filter.late)
            .and("status = :status", "status", filter.wantedStatus())
            .and("assignee = :assignee", "assignee", filter.wantedAssignee())
            .and("array_contains(ruleIds, :ruleId)", "ruleId", filter.wantedRule())
            .and("platformId = :platformId", "platformId", filter.platformId);
    List<String> clauses = new ArrayList<>();
    if (!where.query().isEmpty()) {
      clauses.add(where.query());
    }
    if (filter.wantedStatus().isEmpty()) {
      clauses.add(NEEDING_REVIEW);
    }
    if (filter.wantsUnassigned()) {
      clauses.add("assignee is null");
    }
    Page<Review> found =
        reviews.pageVisible(String.join(" and ", clauses), QUEUE_ORDER, where.parameters(), page);
    Map<UUID, String> names =
        platforms.namesOf(
            found.items().stream().map(review -> review.platformId).collect(Collectors.toSet()));
    Instant now = clock.instant();
    return found.map(review -> item(review, names.get(review.platformId), now));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReviewItem get(UUID filingId) {
    return item(reviews.getVisible(filingId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReviewHistoryEntry> history(UUID filingId, PageRequest page) {
    reviews.getVisible(filingId);
    return events.of(filingId, page).map(ReviewHistory::entryOf);
  }

  /**
   * A return's review status and decisions, for its platform (its own only; another's is not found)
   * and the regulator, who also sees it as the queue does.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReturnReview returnReview(UUID filingId) {
    Review review = reviews.getVisible(filingId);
    return new ReturnReview(
        review.filingId,
        review.platformId,
        review.status,
        review.latestVersion,
        review.submittedAt,
        decisions.of(filingId).stream().map(ReviewQueue::recorded).toList(),
        caller.isRegulator() ? item(review) : null);
  }

  /** The queue's view of a return, as it stands now. */
  ReviewItem item(Review review) {
    return item(
        review,
        platforms.namesOf(Set.of(review.platformId)).get(review.platformId),
        clock.instant());
  }

  static RecordedDecision recorded(ReviewDecision decision) {
    return new RecordedDecision(
        decision.id,
        decision.filingId,
        decision.versionNumber,
        decision.outcome,
        decision.fromStatus,
        decision.toStatus,
        ReviewJson.read(decision.findings, ReviewJson.FINDINGS),
        ReviewJson.read(decision.reasons, ReviewJson.REASONS),
        decision.text,
        decision.decidedBy,
        decision.decidedAt);
  }

  private static ReviewItem item(Review review, String platformName, Instant now) {
    Duration age = Duration.between(review.submittedAt, now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    return new ReviewItem(
        review.filingId,
        review.platformId,
        platformName,
        review.templateCode,
        review.templateVersion,
        review.periodStart,
        review.category,
        review.status,
        review.latestVersion,
        review.band,
        review.bandOverridden,
        review.total,
        review.previousTotal,
        review.scoreDrop,
        review.late,
        review.warnings,
        review.explainedWarnings,
        Arrays.asList(review.ruleIds),
        review.priority,
        ReviewJson.read(review.priorityReasons, ReviewJson.PRIORITY_REASONS),
        review.assignee,
        review.assignedAt,
        review.submittedAt,
        age.toDays(),
        age.toHours(),
        review.version);
  }
}
