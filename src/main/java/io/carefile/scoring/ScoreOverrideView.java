package io.carefile.scoring;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ScoreOverride",
    description =
        "One override of the band of one version of a return, in the return's override history."
            + " Who made, re-confirmed or resolved it is shown to the regulator's staff only")
public record ScoreOverrideView(
    @Schema(description = "Override id") UUID id,
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "The version whose band it overrides") int versionNumber,
    @Schema(description = "Its place in the return's override history: 1, 2, 3…") int sequence,
    @Schema(description = "The version's computed band") ScoreBand computedBand,
    @Schema(description = "The overriding band") ScoreBand band,
    @Schema(description = "The reason's code", example = "KNOWN_INCIDENT") String reasonCode,
    @Schema(description = "The reason's label, as shown when the override was made")
        String reasonLabel,
    @Schema(description = "The analyst's comment") String comment,
    @Schema(description = "Where it stands") ScoreOverrideState state,
    @Schema(description = "The version it was carried from by an amendment; absent when made here")
        Integer carriedFromVersion,
    @Schema(description = "Who made it, or whose submission carried it here; regulators only")
        String createdBy,
    @Schema(description = "When it was made, or carried onto this version") Instant createdAt,
    @Schema(description = "The analyst who re-confirmed it; regulators only") String reconfirmedBy,
    @Schema(description = "When it was re-confirmed") Instant reconfirmedAt,
    @Schema(
            description =
                "Who superseded, withdrew, let lapse or (by submitting an amendment) carried it"
                    + " on; regulators only")
        String resolvedBy,
    @Schema(description = "When it reached its final state") Instant resolvedAt,
    @Schema(description = "Its version, for expectedVersion") long version) {

  /** The override as the caller may see it: without the people's names unless a regulator. */
  static ScoreOverrideView of(ScoreOverride override, boolean showPeople) {
    return new ScoreOverrideView(
        override.id,
        override.filingId,
        override.versionNumber,
        override.sequence,
        override.computedBand,
        override.band,
        override.reasonCode,
        override.reasonLabel,
        override.comment,
        override.state,
        override.carriedFromVersion,
        showPeople ? override.createdBy : null,
        override.createdAt,
        showPeople ? override.reconfirmedBy : null,
        override.reconfirmedAt,
        showPeople ? override.resolvedBy : null,
        override.resolvedAt,
        override.version);
  }
}
