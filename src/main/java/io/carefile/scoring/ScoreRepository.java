package io.carefile.scoring;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScoreRepository extends PlatformScopedRepository<Score> {

  ScoreRepository() {
    super(Score.class, "Score", "platformId", score -> score.platformId);
  }

  /** The score of a filing's version, if the caller may see it. */
  Optional<Score> of(UUID filingId, int versionNumber) {
    return firstVisible(
        "filingId = :filing and versionNumber = :number",
        Map.of("filing", filingId, "number", versionNumber));
  }

  /** The score of a filing's latest submitted version, if the caller may see it. */
  Optional<Score> latestOf(UUID filingId) {
    return firstVisible(
        "filingId = :filing and versionNumber ="
            + " (select max(s.versionNumber) from Score s where s.filingId = :filing)",
        Map.of("filing", filingId));
  }
}
