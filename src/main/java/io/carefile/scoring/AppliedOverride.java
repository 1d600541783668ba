package io.carefile.scoring;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AppliedOverride",
    description =
        "The analyst's override that decides a version's effective band, beside its computed band")
public record AppliedOverride(
    @Schema(description = "The overriding band") ScoreBand band,
    @Schema(description = "The reason's code", example = "KNOWN_INCIDENT") String reasonCode,
    @Schema(description = "The reason's label, as shown when the override was made")
        String reasonLabel,
    @Schema(description = "The analyst's comment") String comment,
    @Schema(
            description =
                "ACTIVE; AWAITING_RECONFIRMATION when an amendment carried it onto this version"
                    + " and no analyst has re-confirmed it yet; CARRIED_FORWARD on an earlier"
                    + " version it applied to until the next was scored")
        ScoreOverrideState state,
    @Schema(description = "When it began to apply to this version: made, or carried onto it")
        Instant since,
    @Schema(description = "The version it was carried from by an amendment; absent when made here")
        Integer carriedFromVersion,
    @Schema(description = "When an analyst re-confirmed it for this version; absent otherwise")
        Instant reconfirmedAt,
    @Schema(
            description =
                "Its version: the expectedVersion of a change to it, or of an override replacing"
                    + " it")
        long version) {

  static AppliedOverride of(ScoreOverride override) {
    return new AppliedOverride(
        override.band,
        override.reasonCode,
        override.reasonLabel,
        override.comment,
        override.state,
        override.createdAt,
        override.carriedFromVersion,
        override.reconfirmedAt,
        override.version);
  }
}
