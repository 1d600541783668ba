package io.carefile.enforcement;

import java.util.List;
import java.util.Optional;

/**
 * A requirement's steps: the platform marks an OPEN one done (COMPLETED), an officer verifies a
 * COMPLETED one (VERIFIED). An appeal that was upheld sets the decision aside, and with it its
 * requirements: they take no further step. One still under appeal goes on as decided.
 */
public final class RequirementPolicy {

  private RequirementPolicy() {}

  /** Whether the platform may mark the requirement done. */
  public static boolean mayComplete(RequirementStatus status, Optional<AppealStatus> appeal) {
    return status == RequirementStatus.OPEN && !setAside(appeal);
  }

  /** Whether an officer may verify the requirement. */
  public static boolean mayVerify(RequirementStatus status, Optional<AppealStatus> appeal) {
    return status == RequirementStatus.COMPLETED && !setAside(appeal);
  }

  /** Where the requirement may go from here. */
  public static List<RequirementStatus> nextStatuses(
      RequirementStatus status, Optional<AppealStatus> appeal) {
    if (setAside(appeal)) {
      return List.of();
    }
    return switch (status) {
      case OPEN -> List.of(RequirementStatus.COMPLETED);
      case COMPLETED -> List.of(RequirementStatus.VERIFIED);
      case VERIFIED -> List.of();
    };
  }

  private static boolean setAside(Optional<AppealStatus> appeal) {
    return appeal.filter(status -> status == AppealStatus.UPHELD).isPresent();
  }
}
