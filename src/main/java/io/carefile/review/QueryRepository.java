package io.carefile.review;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class QueryRepository extends PlatformScopedRepository<Query> {

  QueryRepository() {
    super(Query.class, "Query", "platformId", query -> query.platformId);
  }

  /** Whether a query of the return other than {@code query} is open. */
  boolean othersOpen(Query query) {
    return firstVisible(
            "filingId = :filing and id <> :id and status = :open",
            Map.of("filing", query.filingId, "id", query.id, "open", QueryStatus.OPEN))
        .isPresent();
  }

  /**
   * Every query of the return, locked until the transaction ends and read afresh. Every change to a
   * return's queries takes these locks, in id order, and after the return's own lock when it takes
   * that one (as a submission does), so that changes to one return's queries happen one at a time
   * and never deadlock.
   */
  List<Query> lockThreadOf(UUID platformId, UUID filingId) {
    return lockedAndFresh(
        platformId,
        filingId,
        "select id from review_query where platform_id = :platform and filing_id = :filing"
            + " order by id for update",
        "filingId = :filing");
  }

  /** The return's open queries, locked as {@link #lockThreadOf} locks them, and read afresh. */
  List<Query> lockOpenOf(UUID platformId, UUID filingId) {
    return lockedAndFresh(
        platformId,
        filingId,
        "select id from review_query where platform_id = :platform and filing_id = :filing"
            + " and status = 'OPEN' order by id for update",
        "filingId = :filing and status = io.carefile.review.QueryStatus.OPEN");
  }

  private List<Query> lockedAndFresh(
      UUID platformId, UUID filingId, String lockSql, String condition) {
    nativeQuery(platformId, lockSql).setParameter("filing", filingId).getResultList();
    // Rows locked above are read as last committed; one already loaded in this transaction is
    // refreshed, since the persistence context would otherwise answer its earlier state.
    List<Query> locked = listVisible(condition, Sort.by("id"), Map.of("filing", filingId));
    locked.forEach(this::refresh);
    return locked;
  }
}
