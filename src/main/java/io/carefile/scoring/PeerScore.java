package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One return's latest submitted score in a peer group, with its platform: for the regulator's map
 * of platforms by indicators. A platform's users see only their own platform's.
 *
 * @param total the total score; null when not scored
 * @param band the computed band
 * @param indicators every indicator of the template, in its order, scored or not
 */
public record PeerScore(
    UUID platformId,
    UUID filingId,
    int versionNumber,
    PlatformCategory category,
    String sizeBand,
    BigDecimal total,
    ScoreBand band,
    List<IndicatorScore> indicators) {

  public PeerScore {
    indicators = List.copyOf(indicators);
  }
}
