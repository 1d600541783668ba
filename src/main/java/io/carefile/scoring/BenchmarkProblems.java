package io.carefile.scoring;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of peer benchmarks. Documented in {@code docs/problems.md}. A date that starts no
 * period of the template is the obligations' {@code invalid-period}, the one code for it.
 */
public enum BenchmarkProblems implements ProblemCode {
  UNKNOWN_TEMPLATE_CODE(400, "unknown-template-code", "No template has that code"),
  UNKNOWN_SIZE_BAND(400, "unknown-size-band", "No size band has that code");

  private final Definition definition;

  BenchmarkProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
