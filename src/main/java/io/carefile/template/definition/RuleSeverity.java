package io.carefile.template.definition;

/** How a broken rule weighs on a return. */
public enum RuleSeverity {
  /** Blocks submission. */
  ERROR,
  /** Allows submission only with a written explanation from the filer. */
  WARNING
}
