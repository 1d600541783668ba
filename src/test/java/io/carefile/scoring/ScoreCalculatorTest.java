package io.carefile.scoring;

import static io.carefile.template.ReturnSamples.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.carefile.template.ReturnSamples;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateFiles;
import io.carefile.validation.ReturnValues;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The score calculator on CSAM-Q v1, without a server. Its six indicators and weights (from {@code
 * config/templates/CSAM-Q/v1.yaml}):
 *
 * <pre>
 * proactive_detection_rate     (hash + classifier) / total   weight 3   >=0.9:100 >=0.75:75 >=0.5:50 >=0.25:25 else 0
 * removal_rate                 removed / total               weight 2   >=0.99:100 >=0.95:75 >=0.9:50 else 0
 * removal_speed                median hours                  weight 2   <1:100 <6:75 <24:50 <72:20 else 0
 * user_report_24h_action_rate  actioned 24h / received       weight 2   >=0.9:100 >=0.75:75 >=0.5:50 else 0
 * hash_matching_in_use         1 if on                       weight 2   1:100 0:0
 * url_blocking_in_use          1 if on                       weight 1   1:100 0:0
 * </pre>
 */
class ScoreCalculatorTest {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private static final ScoreCalculator DEFAULTS =
      new ScoreCalculator(new BigDecimal("75"), new BigDecimal("50"));

  private static CompiledTemplate csam;

  @BeforeAll
  static void load() {
    csam =
        TemplateFiles.load(Path.of("config/templates")).stream()
            .map(TemplateFiles.TemplateFile::template)
            .filter(template -> template.code().equals("CSAM-Q") && template.version() == 1)
            .findFirst()
            .orElseThrow();
  }

  @Test
  void theSampleReturnScoresAsComputedByHandIndicatorByIndicator() {
    // ReturnSamples.csamQuarter(), indicator by indicator:
    //   proactive_detection_rate  (600 + 200) / 1000 = 0.8    in [0.75, 0.9)  ->  75 pts x 3 = 225
    //   removal_rate              990 / 1000 = 0.99           in [0.99, ..)   -> 100 pts x 2 = 200
    //   removal_speed             2.5 hours                   in [1, 6)       ->  75 pts x 2 = 150
    //   user_report_24h_...       450 / 500 = 0.9             in [0.9, ..)    -> 100 pts x 2 = 200
    //   hash_matching_in_use      true -> 1                   in [1, ..)      -> 100 pts x 2 = 200
    //   url_blocking_in_use       true -> 1                   in [1, ..)      -> 100 pts x 1 = 100
    // weights 3 + 2 + 2 + 2 + 2 + 1 = 12; points x weight 1075; 1075 / 12 = 89.5833... -> 89.58
    // 89.58 >= 75: GREEN
    CalculatedScore score = score(DEFAULTS, ReturnSamples.csamQuarter());

    assertThat(score.indicators())
        .extracting(
            IndicatorScore::code,
            IndicatorScore::scored,
            IndicatorScore::value,
            IndicatorScore::band,
            IndicatorScore::points,
            IndicatorScore::weight)
        .containsExactly(
            tuple("proactive_detection_rate", true, 0.8, "75% to 90%", 75, new BigDecimal("3")),
            tuple("removal_rate", true, 0.99, "99% or more", 100, new BigDecimal("2")),
            tuple("removal_speed", true, 2.5, "1 to 6 hours", 75, new BigDecimal("2")),
            tuple(
                "user_report_24h_action_rate", true, 0.9, "90% or more", 100, new BigDecimal("2")),
            tuple("hash_matching_in_use", true, 1.0, "in use", 100, new BigDecimal("2")),
            tuple("url_blocking_in_use", true, 1.0, "in use", 100, new BigDecimal("1")));
    assertThat(score.scoredWeight()).isEqualByComparingTo("12");
    assertThat(score.total()).isEqualTo(new BigDecimal("89.58"));
    assertThat(score.band()).isEqualTo(ScoreBand.GREEN);
  }

  @Test
  void eachIndicatorShowsTheInputsItRead() {
    CalculatedScore score = score(DEFAULTS, ReturnSamples.csamQuarter());

    assertThat(score.indicators().getFirst().inputs())
        .containsOnlyKeys(
            "items_detected_total", "items_detected_hash_matching", "items_detected_classifier")
        .hasToString(
            "{items_detected_total=1000, items_detected_hash_matching=600,"
                + " items_detected_classifier=200}");
    assertThat(score.indicators().get(2).inputs())
        .containsOnlyKeys("median_hours_to_removal")
        .extractingByKey("median_hours_to_removal")
        .hasToString("2.5");
  }

  @Test
  void indicatorsThatCannotBeScoredAreLeftOutOfTheDenominator() {
    // Nothing detected and no user reports: both detection ratios, and the user report ratio,
    // give optional.none(); the median time to removal is blank. What is left:
    //   hash_matching_in_use  true  -> 100 pts x 2 = 200
    //   url_blocking_in_use   false ->   0 pts x 1 =   0
    // weights 2 + 1 = 3 (not 12); 200 / 3 = 66.666... -> 66.67; in [50, 75): AMBER
    Map<String, Object> nothingDetected = new HashMap<>(ReturnSamples.csamQuarter());
    for (String zero :
        new String[] {
          "items_detected_total",
          "items_detected_hash_matching",
          "items_detected_classifier",
          "items_detected_user_reports",
          "items_detected_trusted_flaggers",
          "items_removed",
          "user_reports_received",
          "user_reports_actioned_24h"
        }) {
      nothingDetected.put(zero, 0);
    }
    nothingDetected.remove("median_hours_to_removal");
    nothingDetected.remove("p90_hours_to_removal");
    nothingDetected.put("url_blocking_enabled", false);

    CalculatedScore score = score(DEFAULTS, nothingDetected);

    assertThat(score.indicators())
        .extracting(
            IndicatorScore::code,
            IndicatorScore::scored,
            IndicatorScore::value,
            IndicatorScore::band,
            IndicatorScore::points)
        .containsExactly(
            tuple("proactive_detection_rate", false, null, null, null),
            tuple("removal_rate", false, null, null, null),
            tuple("removal_speed", false, null, null, null),
            tuple("user_report_24h_action_rate", false, null, null, null),
            tuple("hash_matching_in_use", true, 1.0, "in use", 100),
            tuple("url_blocking_in_use", true, 0.0, "not in use", 0));
    assertThat(score.indicators().get(2).inputs())
        .extractingByKey("median_hours_to_removal")
        .matches(JsonNode::isNull, "a blank input is shown as null");
    assertThat(score.indicators()).allMatch(indicator -> indicator.weight().signum() > 0);
    assertThat(score.scoredWeight()).isEqualByComparingTo("3");
    assertThat(score.total()).isEqualTo(new BigDecimal("66.67"));
    assertThat(score.band()).isEqualTo(ScoreBand.AMBER);
  }

  @Test
  void aReturnWithNoScorableIndicatorHasNoTotalAndIsNotScored() {
    CalculatedScore score = score(DEFAULTS, Map.of());

    assertThat(score.indicators()).hasSize(6).noneMatch(IndicatorScore::scored);
    assertThat(score.scoredWeight()).isEqualByComparingTo("0");
    assertThat(score.total()).isNull();
    assertThat(score.band()).isEqualTo(ScoreBand.NOT_SCORED);
  }

  @Test
  void theTotalIsRoundedHalfUpToTwoDecimals() {
    // No median and no user reports: removal_speed and user_report_24h_action_rate not scored.
    //   proactive_detection_rate  0.8  ->  75 x 3 = 225
    //   removal_rate              0.99 -> 100 x 2 = 200
    //   hash_matching_in_use      on   -> 100 x 2 = 200
    //   url_blocking_in_use       off  ->   0 x 1 =   0
    // 625 / (3 + 2 + 2 + 1) = 625 / 8 = 78.125 -> 78.13 (half up); GREEN
    Map<String, Object> values =
        with(
            ReturnSamples.csamQuarter(),
            "median_hours_to_removal",
            null,
            "user_reports_received",
            0,
            "user_reports_actioned_24h",
            0,
            "url_blocking_enabled",
            false);

    CalculatedScore score = score(DEFAULTS, values);

    assertThat(score.total()).isEqualTo(new BigDecimal("78.13"));
    assertThat(score.band()).isEqualTo(ScoreBand.GREEN);
  }

  /** An indicator's value on a band's bound falls in the band it starts (min inclusive). */
  @ParameterizedTest(name = "{0} = {1}: {3} points ({4})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          items_detected_classifier | 300 | proactive_detection_rate | 100 | 90% or more
          items_detected_classifier | 299 | proactive_detection_rate |  75 | 75% to 90%
          items_detected_classifier | 150 | proactive_detection_rate |  75 | 75% to 90%
          items_detected_classifier | 149 | proactive_detection_rate |  50 | 50% to 75%
          items_removed             | 950 | removal_rate             |  75 | 95% to 99%
          items_removed             | 949 | removal_rate             |  50 | 90% to 95%
          items_removed             | 899 | removal_rate             |   0 | under 90%
          median_hours_to_removal   | 0.9 | removal_speed            | 100 | under 1 hour
          median_hours_to_removal   | 1   | removal_speed            |  75 | 1 to 6 hours
          median_hours_to_removal   | 24  | removal_speed            |  20 | 1 to 3 days
          median_hours_to_removal   | 72  | removal_speed            |   0 | 3 days or more
          """)
  void bandsOfAnIndicatorIncludeTheirLowerBound(
      String field, String value, String indicator, int points, String band) {
    Map<String, Object> values =
        with(ReturnSamples.csamQuarter(), field, new BigDecimal(value).stripTrailingZeros());
    if (field.startsWith("items_")) {
      values.put(field, Integer.parseInt(value));
    }

    IndicatorScore scored =
        score(DEFAULTS, values).indicators().stream()
            .filter(candidate -> candidate.code().equals(indicator))
            .findFirst()
            .orElseThrow();

    assertThat(scored.points()).isEqualTo(points);
    assertThat(scored.band()).isEqualTo(band);
  }

  /** The total's band: each threshold belongs to the band it starts. */
  @ParameterizedTest(name = "{0} with GREEN from {1}, AMBER from {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          100.00 | 75 | 50 | GREEN
           75.00 | 75 | 50 | GREEN
           74.99 | 75 | 50 | AMBER
           50.00 | 75 | 50 | AMBER
           49.99 | 75 | 50 | RED
            0.00 | 75 | 50 | RED
           80.00 | 80 | 60 | GREEN
           79.99 | 80 | 60 | AMBER
           60.00 | 80 | 60 | AMBER
           59.99 | 80 | 60 | RED
           50.00 | 50 | 50 | GREEN
           49.99 | 50 | 50 | RED
            0.00 |  0 |  0 | GREEN
          """)
  void bandEdges(String total, String greenFrom, String amberFrom, ScoreBand band) {
    ScoreCalculator calculator =
        new ScoreCalculator(new BigDecimal(greenFrom), new BigDecimal(amberFrom));

    assertThat(calculator.band(new BigDecimal(total))).isEqualTo(band);
  }

  @Test
  void noTotalIsNotScoredWhateverTheThresholds() {
    assertThat(DEFAULTS.band(null)).isEqualTo(ScoreBand.NOT_SCORED);
  }

  @ParameterizedTest(name = "GREEN from {0}, AMBER from {1}")
  @CsvSource({"50, 75", "101, 50", "75, -1"})
  void thresholdsOutOfOrderOrRangeAreRefused(String greenFrom, String amberFrom) {
    assertThatThrownBy(
            () -> new ScoreCalculator(new BigDecimal(greenFrom), new BigDecimal(amberFrom)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amber-from <= green-from");
  }

  private static CalculatedScore score(ScoreCalculator calculator, Map<String, Object> values) {
    ReturnValues read = asRead(values);
    Map<String, JsonNode> filed = new LinkedHashMap<>();
    read.codes().forEach(code -> filed.put(code, read.get(code)));
    return calculator.calculate(
        csam.indicators(),
        read.bind(csam, ReturnSamples.QUARTER_START, ReturnSamples.QUARTER_END),
        filed);
  }

  /** The values as the API reads them; blank ones left out. */
  private static ReturnValues asRead(Map<String, Object> values) {
    Map<String, JsonNode> sent = new LinkedHashMap<>();
    values.forEach(
        (code, value) -> {
          if (value != null) {
            sent.put(code, JSON.valueToTree(value));
          }
        });
    ReturnValues.Changes changes = ReturnValues.read(csam, sent);
    assertThat(changes.unreadable()).isEmpty();
    return ReturnValues.empty().with(changes.values());
  }
}
