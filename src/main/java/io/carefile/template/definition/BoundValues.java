package io.carefile.template.definition;

import java.util.Map;
import java.util.Set;

/**
 * A return's values in the shape expressions read them, built once per return by {@link
 * CompiledTemplate#bind} and shared by all its rules and indicators.
 */
public final class BoundValues {

  private final Map<String, Object> variables;
  private final Set<String> present;

  BoundValues(Map<String, Object> variables, Set<String> present) {
    this.variables = Map.copyOf(variables);
    this.present = Set.copyOf(present);
  }

  Map<String, Object> variables() {
    return variables;
  }

  /** True when every one of these inputs has a value. */
  boolean hasAll(Set<String> inputs) {
    return present.containsAll(inputs);
  }
}
