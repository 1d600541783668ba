package io.carefile.enforcement;

import java.util.List;
import java.util.Optional;

/**
 * Recording an appeal: only a confirmation decision can be appealed, once; a lodged appeal ends
 * UPHELD or DISMISSED, and that outcome is final.
 */
public final class AppealPolicy {

  private AppealPolicy() {}

  /** Whether an appeal may be lodged against a case at {@code stage} with {@code appeal} so far. */
  public static boolean mayLodge(CaseStage stage, Optional<AppealStatus> appeal) {
    return stage == CaseStage.CONFIRMATION_DECISION && appeal.isEmpty();
  }

  /** The outcomes an appeal may be given from where it stands: none unless it is lodged. */
  public static List<AppealStatus> outcomesFrom(Optional<AppealStatus> appeal) {
    return appeal.filter(status -> status == AppealStatus.LODGED).isPresent()
        ? List.of(AppealStatus.UPHELD, AppealStatus.DISMISSED)
        : List.of();
  }
}
