package io.carefile.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.template.definition.BoundValues;
import io.carefile.template.definition.CompiledRule;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.FieldType;
import io.carefile.template.definition.RuleOutcome;
import io.carefile.template.definition.RuleSeverity;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.PeriodOverPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a return's values against its template: first each field on its own (required, range,
 * allowed values, length), then the template's rules, then the period-over-period comparison with
 * the platform's previous accepted return. Pure: the same values always give the same findings, and
 * the template's expressions were compiled once, at load.
 */
public final class ReturnValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReturnValidator() {}

  /**
   * Validates a complete set of values.
   *
   * @param values every field with a value, as read by {@link ReturnValues}; blank fields absent
   * @param previousAccepted the values of the platform's previous accepted return of this template,
   *     or an empty map when there is none
   */
  public static List<Finding> validate(
      CompiledTemplate template,
      ReturnValues values,
      LocalDate periodStart,
      LocalDate periodEnd,
      ReturnValues previousAccepted) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> typed = new HashMap<>();
    for (Field field : template.fields().values()) {
      JsonNode value = values.get(field.code());
      if (value == null) {
        if (field.required()) {
          findings.add(
              Finding.ofField(
                  FieldCheck.REQUIRED, RuleSeverity.ERROR, field.code(), requiredMessage(field)));
        }
        continue;
      }
      findings.addAll(checkField(field, value));
      typed.put(field.code(), ReturnValues.typed(field, value));
    }
    BoundValues bound = template.bind(typed, periodStart, periodEnd);
    for (CompiledRule rule : template.rules()) {
      if (rule.check(bound) == RuleOutcome.BROKEN) {
        findings.add(Finding.ofRule(rule.id(), rule.severity(), rule.fields(), rule.message()));
      }
    }
    PeriodOverPeriod comparison = template.definition().periodOverPeriod();
    if (comparison != null) {
      findings.addAll(compare(template, comparison, values, previousAccepted));
    }
    return List.copyOf(findings);
  }

  /** The warnings among the findings that the explanations do not answer, by finding key. */
  public static List<Finding> unexplainedWarnings(
      List<Finding> findings, Map<String, String> explanations) {
    return findings.stream()
        .filter(Finding::isWarning)
        .filter(
            warning -> {
              String explanation = explanations.get(warning.key());
              return explanation == null || explanation.isBlank();
            })
        .toList();
  }

  private static List<Finding> checkField(Field field, JsonNode value) {
    List<Finding> findings = new ArrayList<>();
    String code = field.code();
    if (field.type().isNumeric()) {
      BigDecimal number = value.decimalValue();
      if (field.min() != null && number.compareTo(field.min()) < 0) {
        findings.add(
            Finding.ofField(
                FieldCheck.MIN,
                RuleSeverity.ERROR,
                code,
                quoted(field) + " must be " + field.min().toPlainString() + " or more"));
      }
      if (field.max() != null && number.compareTo(field.max()) > 0) {
        findings.add(
            Finding.ofField(
                FieldCheck.MAX,
                RuleSeverity.ERROR,
                code,
                quoted(field) + " must be " + field.max().toPlainString() + " or less"));
      }
      if (field.type() == FieldType.PERCENTAGE
          && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
        findings.add(
            Finding.ofField(
                FieldCheck.PERCENTAGE,
                RuleSeverity.ERROR,
                code,
                quoted(field) + " is a percentage and must be between 0 and 100"));
      }
    }
    if (field.type().isChoice()) {
      Set<String> allowed =
          field.allowedValues().stream().map(AllowedValue::code).collect(Collectors.toSet());
      List<String> chosen = ReturnValues.codes(value);
      List<String> unknown = chosen.stream().filter(choice -> !allowed.contains(choice)).toList();
      if (!unknown.isEmpty()) {
        findings.add(
            Finding.ofField(
                FieldCheck.CHOICE,
                RuleSeverity.ERROR,
                code,
                quoted(field)
                    + ": "
                    + unknown.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is not one of the options" : " are not options")));
      }
    }
    if (field.maxLength() != null
        && value.isTextual()
        && value.asText().codePointCount(0, value.asText().length()) > field.maxLength()) {
      findings.add(
          Finding.ofField(
              FieldCheck.LENGTH,
              RuleSeverity.ERROR,
              code,
              quoted(field) + " must be " + field.maxLength() + " characters or fewer"));
    }
    return findings;
  }

  private static List<Finding> compare(
      CompiledTemplate template,
      PeriodOverPeriod comparison,
      ReturnValues current,
      ReturnValues previous) {
    List<Finding> findings = new ArrayList<>();
    for (String code : comparison.fields()) {
      JsonNode now = current.get(code);
      JsonNode before = previous.get(code);
      if (now == null || before == null || !now.isNumber() || !before.isNumber()) {
        continue;
      }
      BigDecimal base = before.decimalValue();
      if (base.signum() <= 0 || base.compareTo(comparison.minimumBase()) < 0) {
        continue;
      }
      BigDecimal change =
          now.decimalValue().subtract(base).abs().divide(base, MathContext.DECIMAL64);
      if (change.compareTo(comparison.maxChangeShare()) > 0) {
        Field field = template.fields().get(code);
        findings.add(
            Finding.ofField(
                comparison.ruleId(),
                RuleSeverity.WARNING,
                code,
                quoted(field)
                    + " changed by "
                    + percent(change)
                    + "% since your previous accepted return (from "
                    + base.toPlainString()
                    + " to "
                    + now.decimalValue().toPlainString()
                    + "). Explain changes of more than "
                    + percent(comparison.maxChangeShare())
                    + "%."));
      }
    }
    return findings;
  }

  private static String percent(BigDecimal share) {
    return share.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static String requiredMessage(Field field) {
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE -> "Enter a number for " + quoted(field);
      case DATE -> "Enter a date for " + quoted(field);
      case TEXT -> "Enter " + quoted(field);
      case BOOLEAN, SINGLE_CHOICE -> "Select an answer for " + quoted(field);
      case MULTIPLE_CHOICE -> "Select at least one answer for " + quoted(field);
    };
  }

  static String quoted(Field field) {
    return "‘" + field.label() + "’";
  }
}
