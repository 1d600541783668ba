package io.carefile.audit;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Audit events in the caller's scope: a platform's own, or every one (events of no platform
 * included) for regulators and system work.
 */
@ApplicationScoped
public class AuditEventRepository extends PlatformScopedRepository<AuditEvent> {

  /** Newest first; ties (events of one transaction share a microsecond) broken by id. */
  private static final Sort LIST_ORDER =
      Sort.by("occurredAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

  AuditEventRepository() {
    super(AuditEvent.class, "Audit event", "platformId", event -> event.platformId);
  }

  Page<AuditEvent> page(Conditions where, PageRequest page) {
    return pageVisible(where.query(), LIST_ORDER, where.parameters(), page);
  }
}
