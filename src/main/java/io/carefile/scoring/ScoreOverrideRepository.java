package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScoreOverrideRepository extends PlatformScopedRepository<ScoreOverride> {

  private static final List<ScoreOverrideState> CURRENT =
      List.of(ScoreOverrideState.ACTIVE, ScoreOverrideState.AWAITING_RECONFIRMATION);
  private static final List<ScoreOverrideState> COUNTING =
      List.of(
          ScoreOverrideState.ACTIVE,
          ScoreOverrideState.AWAITING_RECONFIRMATION,
          ScoreOverrideState.CARRIED_FORWARD);

  ScoreOverrideRepository() {
    super(ScoreOverride.class, "Score override", "platformId", override -> override.platformId);
  }

  /**
   * Makes the filing's override changes, and the carrying of its override onto an amendment, happen
   * one at a time: a transaction-scoped advisory lock on the filing, held until commit or rollback.
   * Reads after it see whatever the transaction that held it before committed.
   */
  void lockOverridesOf(UUID platformId, UUID filingId) {
    lockUntilTransactionEnds(platformId, "score-override/" + filingId);
  }

  /** The override that applies to the filing now (ACTIVE or AWAITING_RECONFIRMATION), if any. */
  Optional<ScoreOverride> currentOf(UUID filingId) {
    return firstVisible(
        "filingId = :filing and state in :states", Map.of("filing", filingId, "states", CURRENT));
  }

  /** The override that counts for the version, if any: current, or carried on since. */
  Optional<ScoreOverride> countingFor(UUID filingId, int versionNumber) {
    return firstVisible(
        "filingId = :filing and versionNumber = :number and state in :states",
        Map.of("filing", filingId, "number", versionNumber, "states", COUNTING));
  }

  /** The overrides that count for some version of these filings, each with its version. */
  List<ScoreOverride> countingForFilings(List<UUID> filingIds) {
    if (filingIds.isEmpty()) {
      return List.of();
    }
    return listVisible(
        "filingId in :filings and state in :states",
        Sort.by("sequence"),
        Map.of("filings", filingIds, "states", COUNTING));
  }

  /** Every override of the filing, oldest first. */
  List<ScoreOverride> allOf(UUID filingId) {
    return listVisible("filingId = :filing", Sort.by("sequence"), Map.of("filing", filingId));
  }

  /** A page of the filing's overrides, oldest first. */
  Page<ScoreOverride> pageOf(UUID filingId, PageRequest page) {
    return pageVisible("filingId = :filing", Sort.by("sequence"), Map.of("filing", filingId), page);
  }
}
