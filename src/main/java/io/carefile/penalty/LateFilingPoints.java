package io.carefile.penalty;

import io.carefile.common.time.RegulatorCalendar;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The penalty-points job's work ({@code docs/penalties.md}): every late original submission without
 * a decision is decided by {@link LateFilingPointsPolicy#decideNext} from the platform's late
 * submissions before it, and recorded in the ledger, once. Every late submission counts, whenever
 * it was filed: a first run catches up with the submissions made before it.
 */
@ApplicationScoped
public class LateFilingPoints {

  private final LateFilingLedger ledger;
  private final LateFilingPointsPolicy policy;
  private final RegulatorCalendar calendar;
  private final Clock clock;
  private final Event<FixedLateFilingPenaltyDue> penaltiesDue;

  LateFilingPoints(
      LateFilingLedger ledger,
      PenaltyRules rules,
      RegulatorCalendar calendar,
      Clock clock,
      Event<FixedLateFilingPenaltyDue> penaltiesDue) {
    this.ledger = ledger;
    this.policy = rules.latePoints();
    this.calendar = calendar;
    this.clock = clock;
    this.penaltiesDue = penaltiesDue;
  }

  /** The job's scope: every platform with an undecided late original submission. */
  @Transactional
  public List<UUID> platformsToDecide() {
    return ledger.platformsWithUndecided();
  }

  /**
   * Decides one platform's undecided late original submissions, in the order they were made, in one
   * transaction that holds the platform's lock: two runs at once never interleave, and the second
   * finds the first one's decisions and records nothing.
   *
   * @return the decisions this call recorded
   */
  @Transactional
  public int decideFor(UUID platformId) {
    ledger.lockPlatform(platformId);
    Set<UUID> decided = new HashSet<>();
    ledger.decisionsOf(platformId).forEach(entry -> decided.add(entry.filingVersionId));
    List<LateSubmission> history = new ArrayList<>();
    int recorded = 0;
    for (LateOriginalSubmission late : ledger.lateOriginals(platformId)) {
      LateSubmission submission =
          new LateSubmission(
              late.accessionNumber(),
              late.periodType(),
              late.submittedAt().atZone(calendar.zone()).toLocalDate());
      if (!decided.contains(late.filingVersionId())) {
        LateFilingLedgerEntry entry = entryFor(late, policy.decideNext(history, submission));
        if (ledger.record(entry)) {
          recorded++;
          if (entry.fixedPenaltyDue) {
            penaltiesDue.fire(
                new FixedLateFilingPenaltyDue(
                    platformId,
                    entry.id,
                    entry.fixedPenaltyKey,
                    new Money(
                        entry.fixedPenaltyAmount, Currency.getInstance(entry.fixedPenaltyCurrency)),
                    entry.explanation));
          }
        }
      }
      history.add(submission);
    }
    return recorded;
  }

  /**
   * The job: each platform decided in a transaction of its own, so one platform's failure leaves
   * the others' decisions; a failure is thrown on at the end, for the scheduler to retry the run.
   */
  public void decideLateReturns() {
    int recorded = 0;
    RuntimeException failure = null;
    for (UUID platformId : platformsToDecide()) {
      try {
        recorded += decideFor(platformId);
      } catch (RuntimeException e) {
        Log.errorf(e, "Late-filing points of platform %s could not be decided", platformId);
        failure = failure == null ? e : failure;
      }
    }
    Log.infof("Late-filing decisions recorded: %d", recorded);
    if (failure != null) {
      throw failure;
    }
  }

  private LateFilingLedgerEntry entryFor(LateOriginalSubmission late, LateFilingDecision decision) {
    LateFilingLedgerEntry entry = new LateFilingLedgerEntry();
    entry.id = UUID.randomUUID();
    entry.platformId = late.platformId();
    entry.filingId = late.filingId();
    entry.filingVersionId = late.filingVersionId();
    entry.accessionNumber = late.accessionNumber();
    entry.templateCode = late.templateCode();
    entry.periodType = late.periodType();
    entry.submittedAt = late.submittedAt();
    entry.submittedOn = decision.submission().submittedOn();
    entry.pointAwarded = decision.pointAwarded();
    entry.pointsBefore = decision.pointsBefore();
    entry.pointsAfter = decision.pointsAfter();
    entry.threshold = decision.threshold();
    entry.fixedPenaltyDue = decision.issuesFixedPenalty();
    if (decision.issuesFixedPenalty()) {
      entry.fixedPenaltyAmount = decision.fixedPenalty().amount();
      entry.fixedPenaltyCurrency = decision.fixedPenalty().currency().getCurrencyCode();
      entry.fixedPenaltyKey =
          LateFilingLedger.penaltyKey(late.platformId(), late.periodType(), late.accessionNumber());
    }
    entry.explanation = decision.explanation();
    entry.decidedAt = Instant.now(clock);
    return entry;
  }
}
