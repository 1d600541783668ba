package io.carefile.validation;

import static io.carefile.template.ReturnSamples.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.carefile.template.ReturnSamples;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.RuleSeverity;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation engine on CSAM-Q v1, without a server: values read as the API receives them, each
 * field check, each ERROR rule on a failing and a passing return, and the period-over-period
 * comparison.
 */
class ReturnValidatorTest {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  /** Reads numbers as the API's body reader does: decimals exactly, never through double. */
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

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

  static Stream<Arguments> errorRules() {
    return ReturnSamples.csamErrorSamples().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  @Test
  void aPlausibleReturnHasNoFindings() {
    assertThat(validate(ReturnSamples.csamQuarter())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorRules")
  void eachErrorRuleIsTheOnlyErrorOnItsFailingReturn(String ruleId, Map<String, Object> values) {
    List<Finding> errors = validate(values).stream().filter(Finding::isError).toList();

    assertThat(errors).extracting(Finding::ruleId).containsExactly(ruleId);
    Finding finding = errors.getFirst();
    assertThat(finding.severity()).isEqualTo(RuleSeverity.ERROR);
    assertThat(finding.key()).isEqualTo(ruleId);
    assertThat(finding.fields()).isNotEmpty().allMatch(csam.fields()::containsKey);
    assertThat(finding.message())
        .isEqualTo(
            csam.rules().stream()
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst()
                .orElseThrow()
                .message());
  }

  @Test
  void warningsAreFoundWithoutErrors() {
    ReturnSamples.csamWarningSamples()
        .forEach(
            (ruleId, values) ->
                assertThat(validate(values))
                    .as(ruleId)
                    .extracting(Finding::ruleId, Finding::severity)
                    .contains(tuple(ruleId, RuleSeverity.WARNING))
                    .noneMatch(found -> found.toList().get(1) == RuleSeverity.ERROR));
  }

  @Test
  void aBlankRequiredFieldIsAnErrorNamingTheField() {
    List<Finding> findings =
        validate(with(ReturnSamples.csamQuarter(), "accounts_terminated", null));

    assertThat(findings)
        .containsExactly(
            new Finding(
                "FIELD-REQUIRED/accounts_terminated",
                FieldCheck.REQUIRED,
                RuleSeverity.ERROR,
                List.of("accounts_terminated"),
                "Enter a number for ‘User accounts terminated’"));
  }

  @Test
  void rangesPercentagesAndChoicesAreChecked() {
    List<Finding> findings =
        validate(
            with(
                ReturnSamples.csamQuarter(),
                "accounts_terminated",
                -1,
                "moderation_staff_fte",
                new BigDecimal("100000.5"),
                "hash_matching_coverage_percent",
                new BigDecimal("100.01"),
                "hash_lists",
                List.of("IWF", "MADE_UP")));

    assertThat(findings)
        .extracting(Finding::key, Finding::message)
        .containsExactlyInAnyOrder(
            tuple("FIELD-MIN/accounts_terminated", "‘User accounts terminated’ must be 0 or more"),
            tuple(
                "FIELD-MAX/moderation_staff_fte",
                "‘Moderation staff reviewing suspected CSAM (full-time equivalent)’ must be 100000"
                    + " or less"),
            tuple(
                "FIELD-PERCENTAGE/hash_matching_coverage_percent",
                "‘Share of images and videos checked by hash matching’ is a percentage and must"
                    + " be between 0 and 100"),
            tuple(
                "FIELD-CHOICE/hash_lists",
                "‘Hash lists matched against’: \"MADE_UP\" is not one of the options"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "items_removed            | \"12\"",
        "items_removed            | 1.5",
        "median_hours_to_removal  | \"fast\"",
        "hash_matching_enabled    | \"yes\"",
        "hash_matching_enabled    | 1",
        "hash_lists               | \"IWF\"",
        "hash_lists               | [\"IWF\", 3]",
        "url_blocking_enabled     | {}"
      })
  void valuesOfTheWrongTypeCannotBeRead(String field, String json) throws Exception {
    ReturnValues.Changes changes = ReturnValues.read(csam, Map.of(field, JSON.readTree(json)));

    assertThat(changes.readable()).isFalse();
    assertThat(changes.values()).isEmpty();
    assertThat(changes.unreadable())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo(FieldCheck.TYPE);
              assertThat(finding.fields()).containsExactly(field);
              assertThat(finding.message()).startsWith("‘" + csam.fields().get(field).label());
            });
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "items_removed            | 99999999999999999999",
        "items_removed            | 1e999999999",
        "median_hours_to_removal  | 1e400",
        "median_hours_to_removal  | 0.0000000000000001"
      })
  void numbersBeyondWhatAFieldHoldsAreOutOfRange(String field, String json) throws Exception {
    ReturnValues.Changes changes = ReturnValues.read(csam, Map.of(field, EXACT.readTree(json)));

    assertThat(changes.values()).isEmpty();
    assertThat(changes.unreadable())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo(FieldCheck.RANGE);
              assertThat(finding.fields()).containsExactly(field);
            });
  }

  @Test
  void unknownFieldsCannotBeRead() throws Exception {
    ReturnValues.Changes changes =
        ReturnValues.read(csam, Map.of("items_detected_by_magic", JSON.readTree("3")));

    assertThat(changes.unreadable())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.key()).isEqualTo("FIELD-UNKNOWN/items_detected_by_magic");
              assertThat(finding.message())
                  .isEqualTo("\"items_detected_by_magic\" is not a field of CSAM-Q version 1");
            });
  }

  @Test
  void valuesAreKeptExactlyAndNullOrBlankClearsAField() throws Exception {
    Map<String, JsonNode> sent = new LinkedHashMap<>();
    sent.put("moderation_staff_fte", JSON.readTree("12.50"));
    sent.put("items_removed", JSON.readTree("40.0"));
    sent.put("hash_lists", JSON.readTree("[\"IWF\", \"IWF\", \"CAID\"]"));
    sent.put("median_hours_to_removal", null);
    sent.put("p90_hours_to_removal", JSON.readTree("\"\""));
    ReturnValues.Changes changes = ReturnValues.read(csam, sent);

    assertThat(changes.readable()).isTrue();
    assertThat(changes.values().get("moderation_staff_fte").decimalValue())
        .isEqualByComparingTo("12.50");
    assertThat(changes.values().get("items_removed").isIntegralNumber()).isTrue();
    assertThat(changes.values().get("hash_lists").toString()).isEqualTo("[\"IWF\",\"CAID\"]");
    assertThat(changes.values().get("median_hours_to_removal")).isEqualTo(NullNode.getInstance());

    ReturnValues merged =
        ReturnValues.of(Map.of("median_hours_to_removal", JSON.readTree("3")))
            .with(changes.values());
    assertThat(merged.codes())
        .containsExactlyInAnyOrder("moderation_staff_fte", "items_removed", "hash_lists");
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "items_removed           | 1,250     | 1250",
        "items_removed           | ' 7 '     | 7",
        "moderation_staff_fte    | 2.50      | 2.50",
        "hash_matching_coverage_percent | 98.5% | 98.5",
        "hash_matching_enabled   | yes       | true",
        "hash_matching_enabled   | no        | false",
        "items_removed           | ''        | null"
      })
  void typedTextIsReadAsTheFieldsType(String code, String typed, String expected) {
    Field field = csam.fields().get(code);

    assertThat(ReturnValues.fromText(field, List.of(typed)).toString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "items_removed         | twelve",
        "items_removed         | 1.5",
        "moderation_staff_fte  | 2,5.1.1",
        "hash_matching_enabled | maybe"
      })
  void typedTextThatIsNotOfTheFieldsTypeCannotBeRead(String code, String typed) {
    assertThat(ReturnValues.fromText(csam.fields().get(code), List.of(typed))).isNull();
  }

  @Test
  void aFigureThatMovesMoreThanTheShareSinceTheLastAcceptedReturnNeedsAnExplanation() {
    Map<String, Object> previous =
        with(ReturnSamples.csamQuarter(), "items_detected_total", 600, "accounts_terminated", 10);
    Map<String, Object> current =
        with(ReturnSamples.csamQuarter(), "items_detected_total", 1000, "accounts_terminated", 40);

    List<Finding> findings = validate(current, previous);

    // 600 -> 1000 is +67%: a warning. accounts_terminated moved 300% but from a base under 20.
    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.key()).isEqualTo("CSAMQ-P001/items_detected_total");
              assertThat(finding.severity()).isEqualTo(RuleSeverity.WARNING);
              assertThat(finding.fields()).containsExactly("items_detected_total");
              assertThat(finding.message())
                  .isEqualTo(
                      "‘Items of CSAM detected’ changed by 67% since your previous accepted return"
                          + " (from 600 to 1000). Explain changes of more than 50%.");
            });
  }

  @Test
  void aChangeOfExactlyTheShareIsNoWarning() {
    Map<String, Object> previous = with(ReturnSamples.csamQuarter(), "items_detected_total", 2000);

    assertThat(validate(ReturnSamples.csamQuarter(), previous)).isEmpty();
  }

  @Test
  void warningsAreAnsweredOnlyByAWrittenExplanationUnderTheirKey() {
    List<Finding> findings =
        validate(ReturnSamples.csamWarningSamples().get("CSAMQ-W001"), Map.of());

    assertThat(ReturnValidator.unexplainedWarnings(findings, Map.of())).hasSize(1);
    assertThat(ReturnValidator.unexplainedWarnings(findings, Map.of("CSAMQ-W001", "   ")))
        .hasSize(1);
    assertThat(ReturnValidator.unexplainedWarnings(findings, Map.of("CSAMQ-W002", "Because")))
        .hasSize(1);
    assertThat(
            ReturnValidator.unexplainedWarnings(
                findings, Map.of("CSAMQ-W001", "Reported to NCMEC, which shares with the NCA")))
        .isEmpty();
  }

  private static List<Finding> validate(Map<String, Object> values) {
    return validate(values, Map.of());
  }

  private static List<Finding> validate(
      Map<String, Object> values, Map<String, Object> previousAccepted) {
    return ReturnValidator.validate(
        csam,
        asRead(values),
        ReturnSamples.QUARTER_START,
        ReturnSamples.QUARTER_END,
        asRead(previousAccepted));
  }

  /** The values as the API would read them from a JSON body. */
  private static ReturnValues asRead(Map<String, Object> values) {
    Map<String, JsonNode> sent = new LinkedHashMap<>();
    values.forEach((code, value) -> sent.put(code, JSON.valueToTree(value)));
    ReturnValues.Changes changes = ReturnValues.read(csam, sent);
    assertThat(changes.unreadable()).isEmpty();
    return ReturnValues.empty().with(changes.values());
  }
}
