package io.carefile.template.definition;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import io.carefile.template.definition.TemplateDefinition.Band;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Indicator;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** A scoring indicator with its expression compiled once, at load. */
public final class CompiledIndicator {

  private final Indicator indicator;
  private final Set<String> inputs;
  private final Set<String> requiredInputs;
  private final Program program;

  CompiledIndicator(
      Indicator indicator, Set<String> inputs, Program program, Map<String, Field> declared) {
    this.indicator = indicator;
    this.inputs = Collections.unmodifiableSet(new LinkedHashSet<>(inputs));
    this.requiredInputs = CompiledRule.requiredInputs(inputs, declared);
    this.program = program;
  }

  public String code() {
    return indicator.code();
  }

  public String title() {
    return indicator.title();
  }

  public BigDecimal weight() {
    return indicator.weight();
  }

  public List<Band> bands() {
    return indicator.bands();
  }

  /** The fields (and period variables) the expression reads: the indicator's inputs. */
  public Set<String> inputs() {
    return inputs;
  }

  /**
   * The indicator's value, or empty when it does not apply: the expression gave {@code
   * optional.none()} or a value that is not a finite number, a required input is blank, or the
   * expression failed while evaluating.
   */
  public OptionalDouble value(BoundValues values) {
    if (!values.hasAll(requiredInputs)) {
      return OptionalDouble.empty();
    }
    Object result;
    try {
      result = program.eval(values.variables());
    } catch (CelEvaluationException e) {
      return OptionalDouble.empty();
    }
    if (result instanceof Optional<?> optional) {
      result = optional.orElse(null);
    }
    if (!(result instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(number.doubleValue());
  }

  /** The points of the band the value falls in (min inclusive, max exclusive); 0 if in none. */
  public int points(double value) {
    return band(value).map(Band::points).orElse(0);
  }

  /** The first band the value falls in (min inclusive, max exclusive), if any. */
  public Optional<Band> band(double value) {
    BigDecimal exact = BigDecimal.valueOf(value);
    return indicator.bands().stream()
        .filter(band -> band.min() == null || band.min().compareTo(exact) <= 0)
        .filter(band -> band.max() == null || band.max().compareTo(exact) > 0)
        .findFirst();
  }
}
