package io.carefile.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.carefile.filing.FilingStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a return stands in the regulator's review, as its platform and the regulator read it. The
 * queue's own view (assignee, priority) is the regulator's only.
 */
@Schema(name = "ReturnReview", description = "A return's review status and decisions")
public record ReturnReview(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "Platform id") UUID platformId,
    @Schema(description = "The return's status") FilingStatus status,
    @Schema(description = "The latest submitted version") int latestVersion,
    @Schema(description = "When the latest version was submitted") Instant submittedAt,
    @Schema(description = "Every decision taken on the return, oldest first")
        List<RecordedDecision> decisions,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "The return in the review queue (assignee, priority and its reasons): regulators"
                    + " only; absent for the platform")
        ReviewItem queue) {

  public ReturnReview {
    decisions = List.copyOf(decisions);
  }
}
