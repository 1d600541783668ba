package io.carefile.template;

import io.carefile.common.error.ProblemCode;

/** The refusals of template publication. Documented in {@code docs/problems.md}. */
public enum TemplateProblems implements ProblemCode {
  INVALID_TEMPLATE(400, "invalid-template", "The template is invalid"),
  VERSION_ALREADY_PUBLISHED(
      409, "template-version-published", "That template version is already published");

  private final Definition definition;

  TemplateProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
