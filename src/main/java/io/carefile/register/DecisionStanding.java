package io.carefile.register;

/**
 * Where a published decision stands: an appeal recorded against it changes what the public reads.
 */
public enum DecisionStanding {
  IN_FORCE,
  UNDER_APPEAL,
  APPEAL_DISMISSED,
  SET_ASIDE_ON_APPEAL;

  /** From the case's appeal status as stored (null when it was not appealed). */
  static DecisionStanding ofAppeal(String appealStatus) {
    if (appealStatus == null) {
      return IN_FORCE;
    }
    return switch (appealStatus) {
      case "LODGED" -> UNDER_APPEAL;
      case "DISMISSED" -> APPEAL_DISMISSED;
      case "UPHELD" -> SET_ASIDE_ON_APPEAL;
      default -> throw new IllegalStateException("Unknown appeal status " + appealStatus);
    };
  }
}
