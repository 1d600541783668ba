package io.carefile.template.definition;

import static io.carefile.template.ReturnSamples.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.template.ReturnSamples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the shipped templates, on a return that breaks it and on one that passes it: the
 * broken rule is the only ERROR finding, so each failing sample proves one rule.
 */
class ShippedTemplateRulesTest {

  private static CompiledTemplate csam;
  private static CompiledTemplate dutyOfCare;

  @BeforeAll
  static void load() {
    Map<String, CompiledTemplate> shipped =
        TemplateFiles.load(Path.of("config/templates")).stream()
            .map(TemplateFiles.TemplateFile::template)
            .collect(Collectors.toMap(t -> t.code() + "/v" + t.version(), t -> t));
    csam = shipped.get("CSAM-Q/v1");
    dutyOfCare = shipped.get("DOC-ANNUAL/v1");
  }

  static Stream<Arguments> csamBreaches() {
    return ReturnSamples.csamErrorSamples().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  static Stream<Arguments> csamWarnings() {
    return ReturnSamples.csamWarningSamples().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  static Stream<Arguments> dutyOfCareBreaches() {
    Map<String, Object> ok = ReturnSamples.dutyOfCareYear();
    return Stream.of(
        Arguments.of("DOCA-R001", with(ok, "risk_assessment_date", LocalDate.of(2026, 1, 15))),
        Arguments.of("DOCA-R002", with(ok, "childrens_access_assessment_date", null)),
        Arguments.of(
            "DOCA-R003", with(ok, "childrens_access_assessment_date", LocalDate.of(2026, 2, 1))),
        Arguments.of(
            "DOCA-R004", with(ok, "age_assurance_methods", List.of("NONE", "PHOTO_ID_MATCHING"))),
        Arguments.of("DOCA-R005", with(ok, "tos_actions_total", 1261)),
        Arguments.of("DOCA-R006", with(ok, "complaints_resolved", 1001)),
        Arguments.of("DOCA-R007", with(ok, "complaints_upheld", 951)),
        Arguments.of("DOCA-R008", with(ok, "complaints_median_days_to_resolve", null)),
        Arguments.of("DOCA-R009", with(ok, "senior_manager_email", "alex.morgan at example")));
  }

  static Stream<Arguments> dutyOfCareWarnings() {
    Map<String, Object> ok = ReturnSamples.dutyOfCareYear();
    return Stream.of(
        Arguments.of("DOCA-W001", with(ok, "risk_assessment_date", LocalDate.of(2024, 11, 30))),
        Arguments.of("DOCA-W002", with(ok, "age_assurance_methods", List.of("SELF_DECLARATION"))),
        Arguments.of("DOCA-W003", with(ok, "moderation_staff_fte", 0)));
  }

  @Test
  void thePassingSamplesPassEveryRule() {
    assertThat(outcomes(csam, ReturnSamples.csamQuarter(), true).values())
        .containsOnly(RuleOutcome.HOLDS);
    assertThat(outcomes(dutyOfCare, ReturnSamples.dutyOfCareYear(), false).values())
        .containsOnly(RuleOutcome.HOLDS);
  }

  @Test
  void everyRuleOfTheShippedTemplatesHasABreachingSample() {
    assertThat(idsOf(csamBreaches())).isEqualTo(ruleIds(csam, RuleSeverity.ERROR));
    assertThat(idsOf(csamWarnings())).isEqualTo(ruleIds(csam, RuleSeverity.WARNING));
    assertThat(idsOf(dutyOfCareBreaches())).isEqualTo(ruleIds(dutyOfCare, RuleSeverity.ERROR));
    assertThat(idsOf(dutyOfCareWarnings())).isEqualTo(ruleIds(dutyOfCare, RuleSeverity.WARNING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csamBreaches")
  void eachCsamErrorRuleBreaksOnItsSampleAlone(String ruleId, Map<String, Object> values) {
    assertThat(brokenErrors(csam, values, true)).containsExactly(ruleId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csamWarnings")
  void eachCsamWarningBreaksOnItsSampleWithoutAnyError(String ruleId, Map<String, Object> values) {
    assertThat(outcomes(csam, values, true)).containsEntry(ruleId, RuleOutcome.BROKEN);
    assertThat(brokenErrors(csam, values, true)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dutyOfCareBreaches")
  void eachDutyOfCareErrorRuleBreaksOnItsSampleAlone(String ruleId, Map<String, Object> values) {
    assertThat(brokenErrors(dutyOfCare, values, false)).containsExactly(ruleId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dutyOfCareWarnings")
  void eachDutyOfCareWarningBreaksOnItsSampleWithoutAnyError(
      String ruleId, Map<String, Object> values) {
    assertThat(outcomes(dutyOfCare, values, false)).containsEntry(ruleId, RuleOutcome.BROKEN);
    assertThat(brokenErrors(dutyOfCare, values, false)).isEmpty();
  }

  @Test
  void aRuleWaitsForTheRequiredFiguresItReads() {
    Map<String, Object> draft = with(ReturnSamples.csamQuarter(), "items_removed", null);
    Map<String, RuleOutcome> outcomes = outcomes(csam, draft, true);
    assertThat(outcomes)
        .containsEntry("CSAMQ-R001", RuleOutcome.NOT_EVALUATED)
        .containsEntry("CSAMQ-R004", RuleOutcome.NOT_EVALUATED)
        .containsEntry("CSAMQ-R002", RuleOutcome.HOLDS);
  }

  @Test
  void csamIndicatorsScoreTheSample() {
    BoundValues values =
        csam.bind(
            ReturnSamples.csamQuarter(), ReturnSamples.QUARTER_START, ReturnSamples.QUARTER_END);
    assertThat(scores(csam, values))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "proactive_detection_rate", "0.8 -> 75",
                "removal_rate", "0.99 -> 100",
                "removal_speed", "2.5 -> 75",
                "user_report_24h_action_rate", "0.9 -> 100",
                "hash_matching_in_use", "1.0 -> 100",
                "url_blocking_in_use", "1.0 -> 100"));
  }

  @Test
  void dutyOfCareIndicatorsScoreTheSample() {
    BoundValues values =
        dutyOfCare.bind(
            ReturnSamples.dutyOfCareYear(), ReturnSamples.YEAR_START, ReturnSamples.YEAR_END);
    assertThat(scores(dutyOfCare, values))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "risk_assessment_recency", "121.0 -> 100",
                "age_assurance_strength", "2.0 -> 100",
                "complaints_resolution_rate", "0.95 -> 100",
                "complaints_speed", "3.5 -> 100",
                "human_review", "60.0 -> 100"));
  }

  @Test
  void anIndicatorWithNothingToMeasureDoesNotApply() {
    BoundValues nothingDetected =
        csam.bind(
            with(
                ReturnSamples.csamQuarter(),
                "items_detected_total",
                0,
                "items_detected_hash_matching",
                0,
                "items_detected_classifier",
                0,
                "items_detected_user_reports",
                0,
                "items_detected_trusted_flaggers",
                0,
                "items_removed",
                0,
                "median_hours_to_removal",
                null,
                "p90_hours_to_removal",
                null),
            ReturnSamples.QUARTER_START,
            ReturnSamples.QUARTER_END);
    assertThat(scores(csam, nothingDetected))
        .containsEntry("proactive_detection_rate", "does not apply")
        .containsEntry("removal_rate", "does not apply")
        .containsEntry("removal_speed", "does not apply")
        .containsEntry("user_report_24h_action_rate", "0.9 -> 100");
  }

  private static Map<String, RuleOutcome> outcomes(
      CompiledTemplate template, Map<String, Object> values, boolean quarterly) {
    BoundValues bound =
        quarterly
            ? template.bind(values, ReturnSamples.QUARTER_START, ReturnSamples.QUARTER_END)
            : template.bind(values, ReturnSamples.YEAR_START, ReturnSamples.YEAR_END);
    return template.rules().stream()
        .collect(Collectors.toMap(CompiledRule::id, rule -> rule.check(bound)));
  }

  private static List<String> brokenErrors(
      CompiledTemplate template, Map<String, Object> values, boolean quarterly) {
    Map<String, RuleOutcome> outcomes = outcomes(template, values, quarterly);
    return template.rules().stream()
        .filter(rule -> rule.severity() == RuleSeverity.ERROR)
        .map(CompiledRule::id)
        .filter(id -> outcomes.get(id) == RuleOutcome.BROKEN)
        .toList();
  }

  private static Map<String, String> scores(CompiledTemplate template, BoundValues values) {
    return template.indicators().stream()
        .collect(
            Collectors.toMap(
                CompiledIndicator::code,
                indicator -> {
                  var value = indicator.value(values);
                  return value.isPresent()
                      ? value.getAsDouble() + " -> " + indicator.points(value.getAsDouble())
                      : "does not apply";
                }));
  }

  private static Set<String> ruleIds(CompiledTemplate template, RuleSeverity severity) {
    return template.rules().stream()
        .filter(rule -> rule.severity() == severity)
        .map(CompiledRule::id)
        .collect(Collectors.toSet());
  }

  private static Set<String> idsOf(Stream<Arguments> cases) {
    return cases.map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
  }
}
