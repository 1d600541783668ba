package io.carefile.template.definition;

/** What checking one rule against a return's values found. */
public enum RuleOutcome {
  HOLDS,
  BROKEN,
  /** A required field the rule reads is blank: the blank field is the finding, not the rule. */
  NOT_EVALUATED
}
