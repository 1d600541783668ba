package io.carefile.review;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReviewEventRepository extends PlatformScopedRepository<ReviewEvent> {

  ReviewEventRepository() {
    super(ReviewEvent.class, "Review history of filing", "platformId", event -> event.platformId);
  }

  /** A page of the return's history, oldest first. */
  Page<ReviewEvent> of(UUID filingId, PageRequest page) {
    return pageVisible("filingId = :filing", Sort.by("seq"), Map.of("filing", filingId), page);
  }
}
