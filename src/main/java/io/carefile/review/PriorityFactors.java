package io.carefile.review;

import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import java.math.BigDecimal;

/**
 * What a return's review priority is computed from.
 *
 * @param band the band that counts (the computed one, or an analyst's override)
 * @param bandOverridden whether an analyst overrode the computed band
 * @param late whether the return was submitted late
 * @param warnings the latest version's WARNING findings
 * @param explainedWarnings how many of them the filer explained
 * @param scoreDrop how far the total fell below the previous period's (negative: it rose); null
 *     when either total is missing
 * @param category the platform's category at submission
 */
public record PriorityFactors(
    ScoreBand band,
    boolean bandOverridden,
    boolean late,
    int warnings,
    int explainedWarnings,
    BigDecimal scoreDrop,
    PlatformCategory category) {

  public PriorityFactors {
    if (band == null || category == null) {
      throw new IllegalArgumentException("A priority needs a band and a category");
    }
    if (warnings < 0 || explainedWarnings < 0 || explainedWarnings > warnings) {
      throw new IllegalArgumentException(
          "Explained warnings must be between 0 and the warnings: "
              + explainedWarnings
              + " of "
              + warnings);
    }
  }
}
