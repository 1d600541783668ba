package io.carefile.enforcement;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CaseEventRepository extends PlatformScopedRepository<CaseEvent> {

  CaseEventRepository() {
    super(CaseEvent.class, "Case history", "platformId", event -> event.platformId);
  }

  /** A page of the case's history, oldest first. */
  Page<CaseEvent> of(UUID caseId, PageRequest page) {
    return pageVisible("caseId = :case", Sort.by("seq"), Map.of("case", caseId), page);
  }
}
