package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Frozen benchmark snapshots. They are the regulator's, not a platform's, so this repository is not
 * platform-scoped: only regulators reach it (resources' roles), and row-level security shows a
 * platform's session none.
 */
@ApplicationScoped
public class BenchmarkSnapshotRepository implements PanacheRepositoryBase<BenchmarkSnapshot, UUID> {

  Page<BenchmarkSnapshot> page(String where, Map<String, Object> parameters, PageRequest page) {
    PanacheQuery<BenchmarkSnapshot> query =
        where.isEmpty()
            ? findAll(Sort.by("createdAt").descending().and("id"))
            : find(where, Sort.by("createdAt").descending().and("id"), parameters);
    long total = query.count();
    return Page.of(query.range(page.offset(), page.offset() + page.size - 1).list(), page, total);
  }
}
