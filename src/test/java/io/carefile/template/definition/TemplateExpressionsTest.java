package io.carefile.template.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How expressions see a return: required fields as plain values, optional fields as optional
 * values, the period as dates; rules wait for the required figures they read; indicator bands
 * include their minimum and exclude their maximum.
 */
class TemplateExpressionsTest {

  private static final CompiledTemplate TEMPLATE =
      TemplateCompiler.compile(
          "test",
          """
          code: T-EXPR
          version: 1
          title: Expressions
          periodType: ANNUAL
          dueOffsetDays: 60
          categories: [CORE]
          sections:
            - code: main
              title: Main
              fields:
                - {code: received, label: Received, type: integer}
                - {code: resolved, label: Resolved, type: integer}
                - {code: median_days, label: Median days, type: decimal, required: false}
                - {code: assessed_on, label: Assessed on, type: date}
                - code: methods
                  label: Methods
                  type: multiple_choice
                  required: false
                  allowedValues: [{code: A, label: A}, {code: B, label: B}]
          rules:
            - id: T-R001
              severity: ERROR
              expression: resolved <= received
              message: Resolved cannot be more than received.
            - id: T-R002
              severity: ERROR
              expression: resolved == 0 || median_days.hasValue()
              message: Give the median days.
            - id: T-R003
              severity: WARNING
              expression: assessed_on >= period_start && assessed_on <= period_end
              message: Assessed outside the year.
            - id: T-R004
              severity: ERROR
              expression: "!('A' in methods.orValue([])) || received > 0"
              message: Method A needs something received.
          indicators:
            - code: resolution_rate
              title: Resolution rate
              expression: >-
                received > 0 ? optional.of(double(resolved) / double(received)) : optional.none()
              weight: 2
              bands:
                - {min: 0.8, points: 100}
                - {min: 0.5, max: 0.8, points: 50}
                - {min: 0, max: 0.25, points: 10}
            - code: median_days
              title: Median days
              expression: median_days
              weight: 1
              bands: [{max: 7, points: 100}, {min: 7, points: 0}]
          """,
          TemplateFormat.YAML);

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31);

  @Test
  void requiredFiguresAreCheckedAsTheyAre() {
    assertThat(check("T-R001", values("received", 10, "resolved", 9))).isEqualTo(RuleOutcome.HOLDS);
    assertThat(check("T-R001", values("received", 10, "resolved", 11)))
        .isEqualTo(RuleOutcome.BROKEN);
  }

  @Test
  void aRuleIsNotEvaluatedWhileARequiredFigureItReadsIsBlank() {
    assertThat(check("T-R001", values("received", 10))).isEqualTo(RuleOutcome.NOT_EVALUATED);
    assertThat(check("T-R001", values("received", 10, "resolved", null)))
        .isEqualTo(RuleOutcome.NOT_EVALUATED);
  }

  @Test
  void aBlankOptionalFieldIsAnEmptyOptionalThatRulesCanAskAbout() {
    assertThat(check("T-R002", values("received", 10, "resolved", 5)))
        .isEqualTo(RuleOutcome.BROKEN);
    assertThat(check("T-R002", values("received", 10, "resolved", 5, "median_days", 3)))
        .isEqualTo(RuleOutcome.HOLDS);
    assertThat(check("T-R002", values("received", 10, "resolved", 0))).isEqualTo(RuleOutcome.HOLDS);
    assertThat(check("T-R004", values("received", 0))).isEqualTo(RuleOutcome.HOLDS);
    assertThat(check("T-R004", values("received", 0, "methods", List.of("A"))))
        .isEqualTo(RuleOutcome.BROKEN);
  }

  @Test
  void datesCompareWithThePeriod() {
    assertThat(check("T-R003", values("assessed_on", LocalDate.of(2025, 12, 31))))
        .isEqualTo(RuleOutcome.HOLDS);
    assertThat(check("T-R003", values("assessed_on", LocalDate.of(2026, 1, 1))))
        .isEqualTo(RuleOutcome.BROKEN);
    BoundValues withoutPeriod =
        TEMPLATE.bind(values("assessed_on", LocalDate.of(2025, 6, 1)), null, null);
    assertThat(rule("T-R003").check(withoutPeriod)).isEqualTo(RuleOutcome.NOT_EVALUATED);
  }

  @Test
  void aRulePointsToTheFieldsItReadsUnlessTheTemplateSaysOtherwise() {
    assertThat(rule("T-R001").fields()).containsExactly("received", "resolved");
    assertThat(rule("T-R003").fields()).containsExactly("assessed_on");
    assertThat(rule("T-R003").inputs())
        .containsExactlyInAnyOrder("assessed_on", "period_start", "period_end");
  }

  @Test
  void anIndicatorGivesItsValueOrDoesNotApply() {
    CompiledIndicator rate = indicator("resolution_rate");
    assertThat(rate.value(TEMPLATE.bind(values("received", 4, "resolved", 3), START, END)))
        .hasValue(0.75);
    assertThat(rate.value(TEMPLATE.bind(values("received", 0, "resolved", 0), START, END)))
        .isEmpty();
    assertThat(rate.value(TEMPLATE.bind(values("received", 4), START, END))).isEmpty();
    CompiledIndicator median = indicator("median_days");
    assertThat(median.value(TEMPLATE.bind(values("median_days", 2), START, END))).hasValue(2.0);
    assertThat(median.value(TEMPLATE.bind(values(), START, END))).isEqualTo(OptionalDouble.empty());
    assertThat(rate.inputs()).containsExactly("received", "resolved");
  }

  @ParameterizedTest(name = "{0} earns {1} points")
  @CsvSource({
    "1.0, 100",
    "0.8, 100",
    "0.79, 50",
    "0.5, 50",
    "0.4, 0",
    "0.25, 0",
    "0.1, 10",
    "-1, 0"
  })
  void bandsIncludeTheirMinimumAndExcludeTheirMaximum(double value, int points) {
    assertThat(indicator("resolution_rate").points(value)).isEqualTo(points);
  }

  @Test
  void valuesOfTheWrongKindOrForUnknownFieldsAreRefused() {
    assertThatThrownBy(() -> TEMPLATE.bind(values("received", "ten"), START, END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Field \"received\" is integer and cannot hold a String");
    assertThatThrownBy(() -> TEMPLATE.bind(values("received", new BigDecimal("1.5")), START, END))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TEMPLATE.bind(values("closed", 1), START, END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("T-EXPR v1 has no field \"closed\"");
  }

  private static RuleOutcome check(String ruleId, Map<String, Object> values) {
    return rule(ruleId).check(TEMPLATE.bind(values, START, END));
  }

  private static CompiledRule rule(String id) {
    return TEMPLATE.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
  }

  private static CompiledIndicator indicator(String code) {
    return TEMPLATE.indicators().stream()
        .filter(indicator -> indicator.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> values(Object... codesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < codesAndValues.length; i += 2) {
      values.put((String) codesAndValues[i], codesAndValues[i + 1]);
    }
    return values;
  }
}
