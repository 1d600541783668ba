package io.carefile.review;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReviewDecisionRepository extends PlatformScopedRepository<ReviewDecision> {

  ReviewDecisionRepository() {
    super(ReviewDecision.class, "Review decision", "platformId", decision -> decision.platformId);
  }

  /** The return's decisions, oldest first, if the caller may see them. */
  List<ReviewDecision> of(UUID filingId) {
    return listVisible("filingId = :filing", Sort.by("seq"), Map.of("filing", filingId));
  }
}
