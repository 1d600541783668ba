package io.carefile.enforcement;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementAppeal", description = "The appeal against the confirmation decision")
public record AppealView(
    @Schema(description = "LODGED, UPHELD or DISMISSED") AppealStatus status,
    @Schema(description = "The appeal's grounds") String grounds,
    @Schema(description = "The officer who recorded it") String lodgedBy,
    @Schema(description = "When it was recorded") Instant lodgedAt,
    @Schema(description = "The outcome, in words") String outcomeText,
    @Schema(description = "The officer who recorded the outcome") String decidedBy,
    @Schema(description = "When the outcome was recorded") Instant decidedAt) {

  /** The case's appeal, or null when none was lodged. */
  static AppealView of(EnforcementCase enforcementCase) {
    if (enforcementCase.appealStatus == null) {
      return null;
    }
    return new AppealView(
        enforcementCase.appealStatus,
        enforcementCase.appealGrounds,
        enforcementCase.appealLodgedBy,
        enforcementCase.appealLodgedAt,
        enforcementCase.appealOutcomeText,
        enforcementCase.appealDecidedBy,
        enforcementCase.appealDecidedAt);
  }
}
