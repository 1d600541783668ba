package io.carefile.review;

import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReturnSubmitted;
import io.carefile.filing.ReviewedFiling;
import io.carefile.platform.PlatformService;
import io.carefile.scoring.EffectiveBandChanged;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreView;
import io.carefile.validation.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keeps the review queue in step with the returns, in the transaction of each change: a submission
 * writes the return's row (an amendment keeps its assignee), a review step its status, a band
 * override its band; the priority is computed again whenever what it is made of changes.
 */
@ApplicationScoped
class ReviewQueueUpdates {

  private final ReviewRepository reviews;
  private final ReviewHistory history;
  private final PlatformService platforms;
  private final ReviewPriorityPolicy priorities;

  ReviewQueueUpdates(
      ReviewRepository reviews,
      ReviewHistory history,
      PlatformService platforms,
      ReviewConfig config) {
    this.reviews = reviews;
    this.history = history;
    this.platforms = platforms;
    this.priorities = new ReviewPriorityPolicy(config.priority().weights());
  }

  /** A version was submitted: the return enters the queue, or its row follows the amendment. */
  @Transactional(Transactional.TxType.MANDATORY)
  void submitted(@Observes ReturnSubmitted submitted) {
    reviews.lockNeighbours(submitted.platformId(), submitted.templateCode());
    Review review = reviews.findVisible(submitted.filingId()).orElse(null);
    boolean first = review == null;
    FilingStatus from = first ? null : review.status;
    if (first) {
      review = new Review();
      review.filingId = submitted.filingId();
      review.platformId = submitted.platformId();
      review.templateCode = submitted.templateCode();
      review.templateVersion = submitted.templateVersion();
      review.periodStart = submitted.periodStart();
    }
    review.category = platforms.get(submitted.platformId()).category();
    review.latestVersion = submitted.versionNumber();
    review.submittedAt = submitted.submittedAt();
    // Lateness is the original return's; an amendment is never late itself, nor makes it on time.
    review.late = review.late || submitted.late();
    List<Finding> warnings = submitted.findings().stream().filter(Finding::isWarning).toList();
    review.warnings = warnings.size();
    review.explainedWarnings = (int) warnings.stream().filter(explainedIn(submitted)).count();
    review.ruleIds =
        submitted.findings().stream()
            .map(Finding::ruleId)
            .distinct()
            .sorted()
            .toArray(String[]::new);
    ScoreView score = submitted.score();
    if (!(review.bandOverridden && review.bandVersion == submitted.versionNumber())) {
      // An override of this very version may already be recorded in this transaction: it stands.
      review.band = score.band();
      review.bandOverridden = false;
      review.bandVersion = submitted.versionNumber();
    }
    review.total = score.total();
    review.previousTotal =
        reviews
            .previousPeriod(review.platformId, review.templateCode, review.periodStart)
            .map(previous -> previous.total)
            .orElse(null);
    review.scoreDrop = ReviewPriorityPolicy.scoreDrop(review.previousTotal, review.total);
    review.status = submitted.status();
    prioritise(review);
    if (first) {
      reviews.persist(review);
    }
    history.record(
        review,
        ReviewAction.SUBMITTED,
        from,
        null,
        null,
        first
            ? "Version " + submitted.versionNumber() + " submitted"
            : "Amendment submitted: version " + submitted.versionNumber());
    Review current = review;
    // The next period's return compares its total with this one.
    reviews
        .nextPeriod(review.platformId, review.templateCode, review.periodStart)
        .ifPresent(
            next -> {
              next.previousTotal = current.total;
              next.scoreDrop = ReviewPriorityPolicy.scoreDrop(next.previousTotal, next.total);
              prioritise(next);
            });
  }

  /** A review step moved the return: the queue shows its new status. */
  @Transactional(Transactional.TxType.MANDATORY)
  void reviewed(@Observes ReviewedFiling reviewed) {
    reviews.findVisible(reviewed.filingId()).ifPresent(review -> review.status = reviewed.to());
  }

  /** The band that counts changed without a submission: an override, confirmed or lapsed. */
  @Transactional(Transactional.TxType.MANDATORY)
  void bandChanged(@Observes EffectiveBandChanged changed) {
    Review review = reviews.findVisible(changed.filingId()).orElse(null);
    if (review == null || changed.versionNumber() < review.latestVersion) {
      // An earlier version's band no longer counts.
      return;
    }
    ScoreBand before = review.band;
    boolean wasOverridden = review.bandOverridden;
    review.band = changed.band();
    review.bandOverridden = changed.overridden();
    review.bandVersion = changed.versionNumber();
    prioritise(review);
    if (changed.versionNumber() == review.latestVersion
        && (before != review.band || wasOverridden != review.bandOverridden)) {
      history.record(
          review,
          ReviewAction.BAND_CHANGED,
          review.status,
          null,
          null,
          "Band "
              + before
              + " to "
              + review.band
              + (review.bandOverridden ? " (overridden)" : " (computed)"));
    }
  }

  private void prioritise(Review review) {
    ReviewPriority priority = priorities.priorityOf(review.priorityFactors());
    review.priority = priority.points();
    // Compared as reasons, not as text: PostgreSQL gives jsonb back in its own layout.
    if (review.priorityReasons == null
        || !ReviewJson.read(review.priorityReasons, ReviewJson.PRIORITY_REASONS)
            .equals(priority.reasons())) {
      review.priorityReasons = ReviewJson.write(priority.reasons());
    }
  }

  private static Predicate<Finding> explainedIn(ReturnSubmitted submitted) {
    Map<String, String> explanations = submitted.explanations();
    return warning -> {
      String explanation = explanations == null ? null : explanations.get(warning.key());
      return explanation != null && !explanation.isBlank();
    };
  }
}
