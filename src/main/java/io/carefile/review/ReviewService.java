package io.carefile.review;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.filing.FilingLifecycle;
import io.carefile.filing.FilingReviewSteps;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReviewStep;
import io.carefile.filing.ReviewedFiling;
import io.carefile.template.TemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The analysts' steps in a return's review: assignment, release and decisions. Each step happens in
 * one transaction with its history entry and its one audit event, or not at all; a stale {@code
 * expectedVersion} (the review's version) refuses it. Assignment allocates work; it grants nothing:
 * any analyst may decide. Locks are taken in the order submissions take them (the filing, then the
 * review), and the review's version guards it against every concurrent change.
 */
@ApplicationScoped
public class ReviewService {

  /**
   * The statuses a return can be allocated in: awaiting review, under review, with the platform.
   */
  static final Set<FilingStatus> ASSIGNABLE =
      EnumSet.of(FilingStatus.SUBMITTED, FilingStatus.UNDER_REVIEW, FilingStatus.QUERIED);

  private final ReviewRepository reviews;
  private final ReviewDecisionRepository decisions;
  private final ReviewQueue queue;
  private final ReviewHistory history;
  private final FilingReviewSteps steps;
  private final AnalystDirectory analysts;
  private final RejectionReasons rejectionReasons;
  private final TemplateService templates;
  private final AuditLog audit;
  private final Caller caller;
  private final Clock clock;

  ReviewService(
      ReviewRepository reviews,
      ReviewDecisionRepository decisions,
      ReviewQueue queue,
      ReviewHistory history,
      FilingReviewSteps steps,
      AnalystDirectory analysts,
      RejectionReasons rejectionReasons,
      TemplateService templates,
      AuditLog audit,
      Caller caller,
      Clock clock) {
    this.reviews = reviews;
    this.decisions = decisions;
    this.queue = queue;
    this.history = history;
    this.steps = steps;
    this.analysts = analysts;
    this.rejectionReasons = rejectionReasons;
    this.templates = templates;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  /** Whether a return with this status can be allocated to an analyst (else it is decided). */
  public static boolean assignable(FilingStatus status) {
    return ASSIGNABLE.contains(status);
  }

  /**
   * Allocates the return to an analyst: to oneself, or from whoever has it to another. A SUBMITTED
   * return is taken into review by it. Allocating it again to the analyst who has it changes
   * nothing, unless it is SUBMITTED (an amendment of a decided return came back to them).
   */
  @Transactional
  public ReviewItem assign(UUID filingId, Assignment assignment) {
    Review review = reviews.getVisible(filingId);
    requireVersion(review, assignment.expectedVersion());
    if (!ASSIGNABLE.contains(review.status)) {
      throw ProblemException.notAllowedFrom(
          ReviewProblems.ASSIGNMENT_NOT_ALLOWED,
          "Filing "
              + filingId
              + " is "
              + review.status
              + ": only a return awaiting or under review can be assigned; it moves on only when"
              + " the platform amends it",
          FilingLifecycle.nextStatuses(review.status).stream().map(Enum::name).toList());
    }
    String assignee = assignment.assignee();
    if (!analysts.isAnalyst(assignee)) {
      throw ProblemException.onField(
          ReviewProblems.ASSIGNEE_NOT_ANALYST,
          assignee
              + " is not a regulator analyst: name an enabled user holding the regulator-analyst"
              + " role; nothing was changed",
          "assignee",
          "is not an enabled regulator analyst");
    }
    String previous = review.assignee;
    boolean again = assignee.equals(previous);
    FilingStatus from = review.status;
    if (again && from != FilingStatus.SUBMITTED) {
      return queue.item(review);
    }
    if (from == FilingStatus.SUBMITTED) {
      steps.take(filingId, ReviewStep.TAKE_INTO_REVIEW);
    }
    review.assignee = assignee;
    if (!again) {
      review.assignedAt = now();
    }
    reviews.flush();
    ReviewAction action =
        previous == null || again ? ReviewAction.ASSIGNED : ReviewAction.REASSIGNED;
    String detail =
        (action == ReviewAction.REASSIGNED
                ? "Reassigned from " + previous + " to " + assignee
                : "Assigned to " + assignee)
            + (from == review.status ? "" : "; taken into review");
    record(review, action, from, previous, null, detail, "review." + action.name().toLowerCase());
    return queue.item(review);
  }

  /** Leaves the return allocated to no one. */
  @Transactional
  public ReviewItem release(UUID filingId, long expectedVersion) {
    Review review = reviews.getVisible(filingId);
    requireVersion(review, expectedVersion);
    if (review.assignee == null) {
      throw new ProblemException(
          ReviewProblems.REVIEW_NOT_ASSIGNED,
          "Filing " + filingId + " is not assigned to anyone: there is nothing to release");
    }
    String previous = review.assignee;
    review.assignee = null;
    review.assignedAt = null;
    reviews.flush();
    record(
        review,
        ReviewAction.RELEASED,
        review.status,
        previous,
        null,
        "Released from " + previous,
        "review.released");
    return queue.item(review);
  }

  /**
   * Decides the return: accepts it (with findings or without) or rejects it, as its status allows
   * ({@code review-step-not-allowed} otherwise, naming where it may go). The decision is kept with
   * the version it decided.
   */
  @Transactional
  public RecordedDecision decide(UUID filingId, Decision decision) {
    Review review = reviews.getVisible(filingId);
    requireVersion(review, decision.expectedVersion());
    DecisionPolicy.check(decision);
    List<RejectionReason> reasons = reasonsOf(decision);
    requireTemplateFields(review, decision.findings());

    ReviewedFiling taken = steps.take(filingId, decision.outcome().step());
    ReviewDecision decided = new ReviewDecision();
    decided.id = UUID.randomUUID();
    decided.filingId = filingId;
    decided.platformId = review.platformId;
    decided.versionNumber = taken.reviewedVersion();
    decided.outcome = decision.outcome();
    decided.fromStatus = taken.from();
    decided.toStatus = taken.to();
    decided.findings = ReviewJson.write(decision.findings());
    decided.reasons = ReviewJson.write(reasons);
    decided.text = decision.text() == null || decision.text().isBlank() ? null : decision.text();
    decided.decidedBy = caller.username();
    decided.decidedAt = now();
    decisions.persist(decided);
    reviews.flush();
    RecordedDecision recorded = ReviewQueue.recorded(decided);
    history.record(
        review, ReviewAction.DECIDED, taken.from(), null, decided.id, describe(decision, reasons));
    audit.append(
        new AuditLog.Entry("review.decided", "Review", filingId, review.platformId, recorded));
    return recorded;
  }

  private void record(
      Review review,
      ReviewAction action,
      FilingStatus from,
      String previous,
      UUID decisionId,
      String detail,
      String auditAction) {
    ReviewHistoryEntry entry = history.record(review, action, from, previous, decisionId, detail);
    audit.append(
        new AuditLog.Entry(auditAction, "Review", review.filingId, review.platformId, entry));
  }

  private List<RejectionReason> reasonsOf(Decision decision) {
    List<RejectionReason> reasons = new ArrayList<>();
    List<String> codes = decision.reasonCodes();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      int index = i;
      RejectionReason reason =
          rejectionReasons
              .find(code)
              .orElseThrow(
                  () ->
                      ProblemException.onField(
                          ReviewProblems.UNKNOWN_REJECTION_REASON,
                          "'"
                              + code
                              + "' is not a rejection reason; GET /api/v1/rejection-reasons lists"
                              + " them",
                          "reasonCodes[" + index + "]",
                          "is not a configured rejection reason"));
      if (!reasons.contains(reason)) {
        reasons.add(reason);
      }
    }
    return reasons;
  }

  private void requireTemplateFields(Review review, List<DecisionFinding> findings) {
    Set<String> fields =
        templates.compiled(review.templateCode, review.templateVersion).fields().keySet();
    List<Problem.FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      List<String> named = findings.get(i).fields();
      for (int j = 0; j < named.size(); j++) {
        if (!fields.contains(named.get(j))) {
          unknown.add(
              new Problem.FieldError(
                  "findings[" + i + "].fields[" + j + "]",
                  "is not a field of " + review.templateCode + " v" + review.templateVersion));
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          ReviewProblems.UNKNOWN_FINDING_FIELD,
          unknown.size() == 1
              ? "A finding names a field the return's template does not have"
              : unknown.size() + " field codes of the findings are not the template's",
          unknown);
    }
  }

  private static String describe(Decision decision, List<RejectionReason> reasons) {
    return switch (decision.outcome()) {
      case ACCEPT -> "Accepted";
      case ACCEPT_WITH_FINDINGS ->
          "Accepted with "
              + decision.findings().size()
              + (decision.findings().size() == 1 ? " finding" : " findings");
      case REJECT ->
          "Rejected: " + String.join(", ", reasons.stream().map(RejectionReason::code).toList());
    };
  }

  private static void requireVersion(Review review, long expected) {
    if (review.version != expected) {
      throw ProblemException.staleVersion(
          "The review of filing", review.filingId, review.version, expected);
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
