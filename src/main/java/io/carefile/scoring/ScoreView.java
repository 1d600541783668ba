package io.carefile.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Score",
    description =
        "The score of one submitted version, computed at its submission and never changed")
public record ScoreView(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "The submitted version scored") int versionNumber,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "Template version", example = "1") int templateVersion,
    @Schema(
            description =
                "SHA-256 (hex) of the RFC 8785 canonical JSON of the template version's indicator"
                    + " definitions that produced this score")
        String indicatorsSha256,
    @Schema(
            description =
                "Weighted mean of the scored indicators' points, 0 to 100 with two decimals;"
                    + " absent when no indicator could be scored",
            example = "87.50")
        BigDecimal total,
    @Schema(
            description =
                "The computed band: GREEN, AMBER, RED or NOT_SCORED (the same as computedBand)")
        ScoreBand band,
    @Schema(description = "Sum of the weights of the scored indicators: the total's denominator")
        BigDecimal scoredWeight,
    @Schema(description = "The lowest GREEN total when this score was computed")
        BigDecimal greenFrom,
    @Schema(description = "The lowest AMBER total when this score was computed")
        BigDecimal amberFrom,
    @Schema(description = "Every indicator of the template, in its order, scored or not")
        List<IndicatorScore> indicators,
    @Schema(description = "When it was computed: the submission's time (UTC)") Instant computedAt,
    @Schema(description = "The band computed from the indicators, never changed by an override")
        ScoreBand computedBand,
    @Schema(
            description =
                "The band that counts: the override's while one applies to this version, else"
                    + " the computed band")
        ScoreBand effectiveBand,
    @Schema(description = "The analyst's override that applies to this version; absent when none")
        AppliedOverride override) {

  /** The score as computed, with no override. */
  static ScoreView computed(
      UUID filingId,
      int versionNumber,
      String templateCode,
      int templateVersion,
      String indicatorsSha256,
      BigDecimal total,
      ScoreBand band,
      BigDecimal scoredWeight,
      BigDecimal greenFrom,
      BigDecimal amberFrom,
      List<IndicatorScore> indicators,
      Instant computedAt) {
    return new ScoreView(
        filingId,
        versionNumber,
        templateCode,
        templateVersion,
        indicatorsSha256,
        total,
        band,
        scoredWeight,
        greenFrom,
        amberFrom,
        indicators,
        computedAt,
        band,
        band,
        null);
  }

  /** The same score with the override that applies to its version, and the band that counts. */
  ScoreView withOverride(AppliedOverride applied, ScoreBand effective) {
    return new ScoreView(
        filingId,
        versionNumber,
        templateCode,
        templateVersion,
        indicatorsSha256,
        total,
        band,
        scoredWeight,
        greenFrom,
        amberFrom,
        indicators,
        computedAt,
        computedBand,
        effective,
        applied);
  }
}
