package io.carefile.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@link ScoreCalculator} makes of a return.
 *
 * @param total the weighted mean of the scored indicators' points, 0 to 100 with two decimals; null
 *     when no indicator could be scored
 * @param band the total's band, {@link ScoreBand#NOT_SCORED} when there is no total
 * @param scoredWeight the sum of the scored indicators' weights: the total's denominator
 * @param indicators every indicator of the template, in its order, scored or not
 */
public record CalculatedScore(
    BigDecimal total, ScoreBand band, BigDecimal scoredWeight, List<IndicatorScore> indicators) {

  public CalculatedScore {
    indicators = List.copyOf(indicators);
  }
}
