package io.carefile.review;

import io.carefile.filing.ReviewStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an analyst decides about a return, and the review step that takes it. */
@Schema(
    name = "ReviewOutcome",
    description =
        "ACCEPT, ACCEPT_WITH_FINDINGS (accepted, with findings the platform should act on) or"
            + " REJECT (with reason codes and a text)")
public enum ReviewOutcome {
  ACCEPT(ReviewStep.ACCEPT),
  ACCEPT_WITH_FINDINGS(ReviewStep.ACCEPT),
  REJECT(ReviewStep.REJECT);

  private final ReviewStep step;

  ReviewOutcome(ReviewStep step) {
    this.step = step;
  }

  /** The step of the return's lifecycle this decision takes. */
  public ReviewStep step() {
    return step;
  }
}
