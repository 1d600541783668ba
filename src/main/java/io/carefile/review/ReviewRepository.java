package io.carefile.review;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository extends PlatformScopedRepository<Review> {

  ReviewRepository() {
    super(Review.class, "Review of filing", "platformId", review -> review.platformId);
  }

  /** The platform's return of the template for the latest period before {@code periodStart}. */
  Optional<Review> previousPeriod(UUID platformId, String templateCode, LocalDate periodStart) {
    return firstVisible(
        "platformId = :platform and templateCode = :template and periodStart < :start",
        Sort.by("periodStart", Sort.Direction.Descending),
        Map.of("platform", platformId, "template", templateCode, "start", periodStart));
  }

  /**
   * Makes the submissions of one platform's returns of a template update the queue one at a time:
   * each reads the neighbouring periods' rows and writes the next one's, so two in flight at once
   * would otherwise both change the same next row (the second refused as stale) or compare with a
   * neighbour not yet committed.
   */
  void lockNeighbours(UUID platformId, String templateCode) {
    lockUntilTransactionEnds(platformId, "review-neighbours/" + templateCode);
  }

  /** The platform's return of the template for the first period after {@code periodStart}. */
  Optional<Review> nextPeriod(UUID platformId, String templateCode, LocalDate periodStart) {
    return firstVisible(
        "platformId = :platform and templateCode = :template and periodStart > :start",
        Sort.by("periodStart"),
        Map.of("platform", platformId, "template", templateCode, "start", periodStart));
  }
}
