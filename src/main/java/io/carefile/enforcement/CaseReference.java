package io.carefile.enforcement;

/**
 * A case's reference, {@code ENF-<year>-<number>} ({@code ENF-2026-000123}): the year it was opened
 * in the regulator's calendar and its number from one sequence, at least six digits.
 */
public final class CaseReference {

  private CaseReference() {}

  public static String of(int year, long number) {
    if (number < 1) {
      throw new IllegalArgumentException("Cases are numbered from 1, not " + number);
    }
    return String.format("ENF-%d-%06d", year, number);
  }
}
