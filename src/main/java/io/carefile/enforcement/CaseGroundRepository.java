package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseGroundRepository extends PlatformScopedRepository<CaseGround> {

  CaseGroundRepository() {
    super(CaseGround.class, "Case ground", "platformId", ground -> ground.platformId);
  }

  List<CaseGround> of(UUID caseId) {
    return listVisible("caseId = :case", Sort.by("position"), Map.of("case", caseId));
  }

  /** The ground of an open case with this key, if there is one. */
  Optional<CaseGround> openWithKey(String key) {
    return firstVisible("groundKey = :key and caseOpen = true", Map.of("key", key));
  }

  /**
   * Holds, until the transaction ends, the right to open a case on the key: a second transaction
   * opening one on it waits here and then finds the first one's case ({@link #openWithKey}).
   */
  void lockKey(UUID platformId, String key) {
    nativeQuery(
            platformId,
            "select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))"
                + " where cast(:platform as uuid) is not null")
        .setParameter("key", key)
        .getResultList();
  }
}
