package io.carefile.scoring;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The scores benchmarks read about one platform, or by version: scoped like every score. */
@ApplicationScoped
public class BenchmarkScoreRepository extends PlatformScopedRepository<Score> {

  BenchmarkScoreRepository() {
    super(Score.class, "Score", "platformId", score -> score.platformId);
  }

  /** The score of the filing's latest submitted version, if the caller may see it. */
  Optional<Score> latestOf(UUID filingId) {
    return listVisible(
            "filingId = :filing", Sort.by("versionNumber").descending(), Map.of("filing", filingId))
        .stream()
        .findFirst();
  }

  /**
   * The platform's latest scores of the template, one per filing (so one per period), oldest first.
   * A platform has a few versions per period, so the latest is picked here.
   */
  List<Score> trend(UUID platformId, String templateCode) {
    Map<UUID, Score> latest = new LinkedHashMap<>();
    for (Score score :
        listVisible(
            "platformId = :platform and templateCode = :template",
            Sort.by("periodStart").and("filingId").and("versionNumber"),
            Map.of("platform", platformId, "template", templateCode))) {
      latest.put(score.filingId, score);
    }
    return List.copyOf(latest.values());
  }

  /** The scores of these versions that the caller may see. */
  List<Score> ofVersions(Collection<UUID> filingVersionIds) {
    if (filingVersionIds.isEmpty()) {
      return List.of();
    }
    return listVisible(
        "filingVersionId in :versions",
        Sort.by("filingVersionId"),
        Map.of("versions", filingVersionIds));
  }
}
