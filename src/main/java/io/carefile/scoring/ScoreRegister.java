package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.platform.PlatformService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scores of a peer group as a list: each return's latest submitted score, lowest total first,
 * with its platform's name and the band that counts after overrides. A platform's users see their
 * own platform's return only, as with every score.
 */
@ApplicationScoped
public class ScoreRegister {

  private final BenchmarkService benchmarks;
  private final BenchmarkScoreRepository scores;
  private final ScoreOverrideRepository overrides;
  private final PlatformService platforms;

  ScoreRegister(
      BenchmarkService benchmarks,
      BenchmarkScoreRepository scores,
      ScoreOverrideRepository overrides,
      PlatformService platforms) {
    this.benchmarks = benchmarks;
    this.scores = scores;
    this.overrides = overrides;
    this.platforms = platforms;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ScoreSummary> list(BenchmarkFilter filter, PageRequest page) {
    PeerGroup group =
        benchmarks.group(
            filter.templateCode,
            filter.periodStart,
            filter.wantedCategory().orElse(null),
            filter.wantedSizeBand().orElse(null),
            "query.");
    Page<Score> found = scores.latestIn(group, page);
    Map<UUID, String> names =
        platforms.namesOf(
            found.items().stream().map(score -> score.platformId).distinct().toList());
    Map<String, ScoreOverride> counting =
        overrides
            .countingForFilings(found.items().stream().map(score -> score.filingId).toList())
            .stream()
            .collect(
                Collectors.toMap(
                    override -> versionKey(override.filingId, override.versionNumber),
                    override -> override,
                    (one, other) -> one.sequence > other.sequence ? one : other));
    return found.map(
        score -> {
          Optional<ScoreOverride> applied =
              Optional.ofNullable(counting.get(versionKey(score.filingId, score.versionNumber)));
          return new ScoreSummary(
              score.platformId,
              names.get(score.platformId),
              score.filingId,
              score.versionNumber,
              score.templateCode,
              score.templateVersion,
              score.periodStart,
              score.category,
              score.sizeBand,
              score.total,
              score.band,
              applied
                  .map(
                      override ->
                          ScoreOverridePolicy.effectiveBand(
                              score.band, override.band, override.state))
                  .orElse(score.band),
              applied.isPresent(),
              score.computedAt);
        });
  }

  private static String versionKey(UUID filingId, int versionNumber) {
    return filingId + "/" + versionNumber;
  }
}
