package io.carefile.scoring;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

  /** Every scored version of a platform's returns on a template, if the caller may see them. */
  List<Score> ofPlatform(UUID platformId, String templateCode) {
    return listVisible(
        "platformId = :platform and templateCode = :template",
        Sort.by("computedAt").and("versionNumber"),
        Map.of("platform", platformId, "template", templateCode));
  }
}
