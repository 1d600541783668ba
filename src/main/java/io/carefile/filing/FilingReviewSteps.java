package io.carefile.filing;

import io.carefile.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Moves a return through its review, as {@link FilingLifecycle} allows, within the caller's
 * transaction (the review feature's, which writes the step's audit event with it). A step the
 * return's status does not allow is refused naming the statuses it may move to. Each step taken is
 * fired as a {@link ReviewedFiling} event in the same transaction, for what other features keep
 * about the return's status (the review queue).
 */
@ApplicationScoped
public class FilingReviewSteps {

  private final FilingRepository filings;
  private final Event<ReviewedFiling> reviewed;

  FilingReviewSteps(FilingRepository filings, Event<ReviewedFiling> reviewed) {
    this.filings = filings;
    this.reviewed = reviewed;
  }

  /** Takes the step on the filing, locked for the rest of the transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewedFiling take(UUID filingId, ReviewStep step) {
    Filing filing = filings.getVisibleForUpdate(filingId);
    FilingStatus from = filing.status;
    FilingStatus to =
        FilingLifecycle.after(from, step)
            .orElseThrow(
                () ->
                    ProblemException.notAllowedFrom(
                        FilingProblems.REVIEW_STEP_NOT_ALLOWED,
                        "Filing "
                            + filingId
                            + " is "
                            + from
                            + ": "
                            + step
                            + " is not allowed from there"
                            + allowedText(from),
                        FilingLifecycle.nextStatuses(from).stream().map(Enum::name).toList()));
    filing.reviewed(to);
    filings.flush();
    ReviewedFiling taken =
        new ReviewedFiling(
            filing.id, filing.platformId, from, to, filing.latestVersion, filing.version);
    reviewed.fire(taken);
    return taken;
  }

  private static String allowedText(FilingStatus from) {
    var next = FilingLifecycle.nextStatuses(from);
    return next.isEmpty()
        ? "; it moves on only when the platform amends it"
        : "; it may move to " + String.join(", ", next.stream().map(Enum::name).toList());
  }
}
