package io.carefile.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.carefile.template.definition.BoundValues;
import io.carefile.template.definition.CompiledIndicator;
import io.carefile.template.definition.TemplateDefinition.Band;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores a return from its template's indicators. Each indicator's expression gives a value; the
 * first band the value falls in (min inclusive, max exclusive) gives its points (0 when it falls in
 * none). The total is the weighted mean of the points of the indicators that could be scored:
 *
 * <pre>total = sum(points x weight) / sum(weight), over scored indicators only</pre>
 *
 * rounded half up to two decimals; the band is decided on that rounded total (GREEN from {@code
 * greenFrom}, AMBER from {@code amberFrom}, RED below, each bound inclusive). An indicator is not
 * scored when a required input is blank or its expression gives {@code optional.none()} (or fails,
 * or gives no finite number): it is shown with its inputs and weight but no value, and its weight
 * is left out of the denominator, so a return is scored on what can be measured instead of being
 * marked down for what does not apply. When no indicator can be scored there is no total and the
 * band is {@link ScoreBand#NOT_SCORED}. Plain Java: the same values always give the same score.
 */
public final class ScoreCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal greenFrom;
  private final BigDecimal amberFrom;

  /**
   * @param greenFrom the lowest total that is GREEN
   * @param amberFrom the lowest total that is AMBER; at most {@code greenFrom}
   * @throws IllegalArgumentException for thresholds outside 0–100 or out of order
   */
  public ScoreCalculator(BigDecimal greenFrom, BigDecimal amberFrom) {
    if (amberFrom.signum() < 0
        || greenFrom.compareTo(HUNDRED) > 0
        || amberFrom.compareTo(greenFrom) > 0) {
      throw new IllegalArgumentException(
          "Score thresholds must satisfy 0 <= amber-from <= green-from <= 100, not amber-from "
              + amberFrom.toPlainString()
              + " and green-from "
              + greenFrom.toPlainString());
    }
    this.greenFrom = greenFrom;
    this.amberFrom = amberFrom;
  }

  public BigDecimal greenFrom() {
    return greenFrom;
  }

  public BigDecimal amberFrom() {
    return amberFrom;
  }

  /**
   * Scores the values.
   *
   * @param indicators the template's compiled indicators, in its order
   * @param bound the return's values as the expressions read them
   * @param filed every value the expressions may read, as filed, to show as an indicator's inputs;
   *     a blank field is absent
   */
  public CalculatedScore calculate(
      List<CompiledIndicator> indicators, BoundValues bound, Map<String, JsonNode> filed) {
    List<IndicatorScore> scores = new ArrayList<>();
    BigDecimal weightedPoints = BigDecimal.ZERO;
    BigDecimal scoredWeight = BigDecimal.ZERO;
    for (CompiledIndicator indicator : indicators) {
      Map<String, JsonNode> inputs = new LinkedHashMap<>();
      indicator
          .inputs()
          .forEach(input -> inputs.put(input, filed.getOrDefault(input, NullNode.getInstance())));
      OptionalDouble value = indicator.value(bound);
      if (value.isEmpty()) {
        scores.add(
            new IndicatorScore(
                indicator.code(),
                indicator.title(),
                false,
                inputs,
                null,
                null,
                null,
                indicator.weight()));
        continue;
      }
      Optional<Band> band = indicator.band(value.getAsDouble());
      int points = band.map(Band::points).orElse(0);
      scores.add(
          new IndicatorScore(
              indicator.code(),
              indicator.title(),
              true,
              inputs,
              value.getAsDouble(),
              band.map(Band::label).orElse(null),
              points,
              indicator.weight()));
      weightedPoints = weightedPoints.add(indicator.weight().multiply(BigDecimal.valueOf(points)));
      scoredWeight = scoredWeight.add(indicator.weight());
    }
    BigDecimal total =
        scoredWeight.signum() == 0
            ? null
            : weightedPoints.divide(scoredWeight, 2, RoundingMode.HALF_UP);
    return new CalculatedScore(total, band(total), scoredWeight, scores);
  }

  /** The band of a total (two decimals, as calculated); NOT_SCORED for none. */
  public ScoreBand band(BigDecimal total) {
    if (total == null) {
      return ScoreBand.NOT_SCORED;
    }
    if (total.compareTo(greenFrom) >= 0) {
      return ScoreBand.GREEN;
    }
    return total.compareTo(amberFrom) >= 0 ? ScoreBand.AMBER : ScoreBand.RED;
  }
}
