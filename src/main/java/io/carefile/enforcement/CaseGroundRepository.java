package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
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
   * Whether a case, open or closed, was ever opened on what the ground is about: the same
   * obligation; the same version of the return (or the return, when that ground names no version)
   * for a RED score or a rejection; the same rule and return for a breach rule, with the same
   * version or none named. The daily sweep opens nothing then: an officer's closing of that case
   * was a decision about it.
   */
  boolean anyOn(GroundKind kind, UUID obligationId, UUID filingId, Integer version, String ruleId) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("kind", kind);
    StringBuilder where = new StringBuilder("kind = :kind");
    if (obligationId != null) {
      where.append(" and obligationId = :obligation");
      parameters.put("obligation", obligationId);
    }
    if (filingId != null) {
      where.append(" and filingId = :filing");
      parameters.put("filing", filingId);
    }
    if (version != null) {
      where.append(" and (versionNumber is null or versionNumber = :version)");
      parameters.put("version", version);
    }
    if (ruleId != null) {
      where.append(" and ruleId = :rule");
      parameters.put("rule", ruleId);
    }
    return firstVisible(where.toString(), parameters).isPresent();
  }

  /**
   * Holds, until the transaction ends, the right to open a case on the key: a second transaction
   * opening one on it waits here and then finds the first one's case ({@link #openWithKey}).
   */
  void lockKey(UUID platformId, String key) {
    lockUntilTransactionEnds(platformId, "case-ground/" + key);
  }
}
