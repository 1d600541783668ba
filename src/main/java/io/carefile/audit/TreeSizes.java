package io.carefile.audit;

import io.carefile.common.error.ProblemCode;
import io.carefile.common.error.ProblemException;
import java.util.OptionalLong;

/** Reads a tree size or sequence given as text, refusing anything but a whole number from 1. */
public final class TreeSizes {

  private TreeSizes() {}

  public static OptionalLong optional(String parameter, String value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(required(parameter, value));
  }

  static long required(String parameter, String value) {
    return parse(AuditProblems.INVALID_TREE_SIZE, parameter, value);
  }

  static long sequence(String parameter, String value) {
    return parse(AuditProblems.INVALID_SEQUENCE, parameter, value);
  }

  private static long parse(ProblemCode code, String parameter, String value) {
    if (value != null && value.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(value);
    }
    throw ProblemException.onField(
        code,
        parameter
            + " must be a whole number from 1, not "
            + (value == null ? "nothing" : "'" + abbreviated(value) + "'"),
        parameter,
        "must be a whole number from 1");
  }

  private static String abbreviated(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }
}
