package io.carefile.template.definition;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Rule;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A validation rule with its expression compiled once, at load. */
public final class CompiledRule {

  private final Rule rule;
  private final List<String> fields;
  private final Set<String> inputs;
  private final Set<String> requiredInputs;
  private final Program program;

  CompiledRule(Rule rule, Set<String> inputs, Program program, Map<String, Field> declared) {
    this.rule = rule;
    this.inputs = Collections.unmodifiableSet(new LinkedHashSet<>(inputs));
    this.requiredInputs = requiredInputs(inputs, declared);
    this.fields =
        rule.fields() != null
            ? List.copyOf(rule.fields())
            : inputs.stream().filter(declared::containsKey).toList();
    this.program = program;
  }

  public String id() {
    return rule.id();
  }

  public RuleSeverity severity() {
    return rule.severity();
  }

  /** The fields a finding points to: those the template names, or else those the rule reads. */
  public List<String> fields() {
    return fields;
  }

  public String message() {
    return rule.message();
  }

  public String expression() {
    return rule.expression();
  }

  /** The fields (and period variables) the expression reads, in the template's order. */
  public Set<String> inputs() {
    return inputs;
  }

  /**
   * Checks the rule. It is not evaluated while a required field it reads is blank, since that blank
   * is already a finding of its own; optional fields are always bound, as optional values. An
   * expression that fails while evaluating (an overflow, {@code .value()} of a blank) counts as
   * broken: a return the rule cannot vouch for does not pass it.
   */
  public RuleOutcome check(BoundValues values) {
    if (!values.hasAll(requiredInputs)) {
      return RuleOutcome.NOT_EVALUATED;
    }
    try {
      return Boolean.TRUE.equals(program.eval(values.variables()))
          ? RuleOutcome.HOLDS
          : RuleOutcome.BROKEN;
    } catch (CelEvaluationException e) {
      return RuleOutcome.BROKEN;
    }
  }

  /** Inputs that must have a value: required fields and the period; optional fields never do. */
  static Set<String> requiredInputs(Set<String> inputs, Map<String, Field> declared) {
    return inputs.stream()
        .filter(input -> !declared.containsKey(input) || declared.get(input).required())
        .collect(Collectors.toUnmodifiableSet());
  }
}
