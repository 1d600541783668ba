package io.carefile.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator of a return's score, with what explains it: the inputs it read, its value, the band
 * the value fell in and the points that band earns. An indicator that could not be scored has no
 * value, band nor points, and its weight counts for nothing in the total.
 */
@Schema(name = "IndicatorScore", description = "One indicator of a return's score, explained")
public record IndicatorScore(
    @Schema(description = "Indicator code, from the template", example = "removal_rate")
        String code,
    @Schema(description = "What it measures") String title,
    @Schema(
            description =
                "False when its inputs are missing or its expression gave no value: shown as"
                    + " \"not scored\", and its weight is left out of the total")
        boolean scored,
    @Schema(
            description =
                "The values the expression read, by field code (and period_start, period_end),"
                    + " as filed; null for a blank field")
        Map<String, JsonNode> inputs,
    @Schema(description = "The expression's value; absent when not scored", example = "0.99")
        Double value,
    @Schema(description = "Label of the band the value fell in", example = "99% or more")
        String band,
    @Schema(description = "Points of that band, 0 to 100; absent when not scored") Integer points,
    @Schema(description = "Weight in the return's score, from the template") BigDecimal weight) {

  public IndicatorScore {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }
}
