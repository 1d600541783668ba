package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One member of a cohort: the score of one filing's latest submitted version (or, for a snapshot,
 * of the version it froze). Its ids are null where the caller may not see its platform; {@code
 * peer} tells platforms apart all the same.
 *
 * @param peer the same for every entry of one platform, and different for different platforms
 * @param total the total score; null when not scored
 * @param indicators the values of the indicators that were scored, by code
 */
public record BenchmarkEntry(
    UUID filingVersionId,
    UUID filingId,
    UUID platformId,
    String peer,
    int templateVersion,
    PlatformCategory category,
    String sizeBand,
    BigDecimal total,
    Map<String, BigDecimal> indicators) {

  public BenchmarkEntry {
    indicators = Map.copyOf(indicators);
  }

  /** The value of a measure: {@link BenchmarkCalculator#TOTAL} or an indicator's code. */
  BigDecimal value(String measure) {
    return BenchmarkCalculator.TOTAL.equals(measure) ? total : indicators.get(measure);
  }

  /** The indicator values of a score's explanation: those scored, as exact decimals. */
  static Map<String, BigDecimal> scoredValues(Iterable<IndicatorScore> indicators) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (IndicatorScore indicator : indicators) {
      if (indicator.scored() && indicator.value() != null) {
        values.put(indicator.code(), BigDecimal.valueOf(indicator.value()));
      }
    }
    return values;
  }
}
