package io.carefile.review;

import io.carefile.filing.FilingStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordedReviewDecision", description = "A decision taken on a return")
public record RecordedDecision(
    @Schema(description = "Decision id") UUID id,
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "The submitted version decided") int versionNumber,
    @Schema(description = "The outcome") ReviewOutcome outcome,
    @Schema(description = "The return's status before") FilingStatus fromStatus,
    @Schema(description = "The return's status after: ACCEPTED or REJECTED") FilingStatus toStatus,
    @Schema(description = "The findings of an acceptance with findings")
        List<DecisionFinding> findings,
    @Schema(description = "The reasons of a rejection, labelled as when decided")
        List<RejectionReason> reasons,
    @Schema(description = "The analyst's text: a rejection's why, or an acceptance's note")
        String text,
    @Schema(description = "The username of the analyst who decided") String decidedBy,
    @Schema(description = "When") Instant decidedAt) {

  public RecordedDecision {
    findings = List.copyOf(findings);
    reasons = List.copyOf(reasons);
  }
}
