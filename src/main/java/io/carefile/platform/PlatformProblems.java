package io.carefile.platform;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of platform onboarding and administration. Documented in {@code docs/problems.md}.
 */
public enum PlatformProblems implements ProblemCode {
  SLUG_TAKEN(409, "slug-taken", "The slug is already taken"),
  OFFICER_EMAIL_TAKEN(
      409, "officer-email-taken", "The compliance officer's e-mail already has an account"),
  OFFICER_ACCOUNT_REFUSED(
      400, "officer-account-refused", "The identity service refused the officer's account"),
  STATUS_UNCHANGED(409, "platform-status-unchanged", "The platform already has that status");

  private final Definition definition;

  PlatformProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
