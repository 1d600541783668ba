package io.carefile.template.definition;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import io.carefile.platform.PlatformCategory;
import io.carefile.template.definition.TemplateDefinition.BreachRule;
import io.carefile.template.definition.TemplateDefinition.Field;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A breach rule with its expression compiled once, at load. */
public final class CompiledBreachRule {

  private final BreachRule rule;
  private final List<String> fields;
  private final Set<String> inputs;
  private final Set<String> requiredInputs;
  private final Program program;

  CompiledBreachRule(
      BreachRule rule, Set<String> inputs, Program program, Map<String, Field> declared) {
    this.rule = rule;
    this.inputs = Collections.unmodifiableSet(new LinkedHashSet<>(inputs));
    this.requiredInputs = CompiledRule.requiredInputs(inputs, declared);
    this.fields =
        rule.fields() != null
            ? List.copyOf(rule.fields())
            : inputs.stream().filter(declared::containsKey).toList();
    this.program = program;
  }

  public String id() {
    return rule.id();
  }

  /** The finding a case's ground records when the rule shows a breach. */
  public String finding() {
    return rule.finding();
  }

  public String expression() {
    return rule.expression();
  }

  /** The fields the finding is about: those the template names, or else those the rule reads. */
  public List<String> fields() {
    return fields;
  }

  /** The fields (and period variables) the expression reads, in the template's order. */
  public Set<String> inputs() {
    return inputs;
  }

  /** Whether the rule is about platforms of this category: every category when it names none. */
  public boolean appliesTo(PlatformCategory category) {
    return rule.categories() == null || rule.categories().contains(category);
  }

  /**
   * Whether the return's values show the breach: the expression is true. A breach is never inferred
   * from what is not there: with a required field it reads blank, or an expression that fails while
   * evaluating (an overflow, {@code .value()} of a blank), the rule shows nothing.
   */
  public boolean showsBreach(BoundValues values) {
    if (!values.hasAll(requiredInputs)) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(program.eval(values.variables()));
    } catch (CelEvaluationException e) {
      return false;
    }
  }
}
