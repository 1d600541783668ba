package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The scores benchmarks read about one platform, by version, or (what the caller may see of) a peer
 * group: scoped like every score.
 */
@ApplicationScoped
public class BenchmarkScoreRepository extends PlatformScopedRepository<Score> {

  BenchmarkScoreRepository() {
    super(Score.class, "Score", "platformId", score -> score.platformId);
  }

  /** The score of the filing's latest submitted version, if the caller may see it. */
  Optional<Score> latestOf(UUID filingId) {
    return firstVisible(
        "filingId = :filing", Sort.by("versionNumber").descending(), Map.of("filing", filingId));
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

  /** The periods of the template with a score the caller may see, newest first, at most max. */
  List<LocalDate> periodsOf(String templateCode, int max) {
    return distinctVisible(
        "periodStart",
        LocalDate.class,
        "templateCode = :template",
        Map.of("template", templateCode),
        Sort.Direction.Descending,
        max);
  }

  /**
   * The score of the latest submitted version of each filing in the group that the caller may see,
   * lowest total first and not scored last, a page at a time. A filing is in the group its latest
   * version's score recorded, as in {@code benchmark_cohort}.
   */
  Page<Score> latestIn(PeerGroup group, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("templateCode = :template", "template", group.templateCode())
            .and("periodStart = :period", "period", group.periodStart())
            .and("category = :category", "category", group.category())
            .and("sizeBand = :sizeBand", "sizeBand", group.sizeBand());
    return pageVisible(
        where.query()
            + " and filingVersionId in (select s.filingVersionId from Score s"
            + " where s.templateCode = :template and s.periodStart = :period"
            + " and s.versionNumber = (select max(v.versionNumber) from Score v"
            + " where v.filingId = s.filingId))",
        Sort.by("total").and("filingId"),
        where.parameters(),
        page);
  }
}
