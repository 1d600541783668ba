package io.carefile.penalty;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.time.RegulatorCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The changes of an issued penalty ({@link PenaltyLifecycle}): payments, an officer's withdrawal,
 * the appeal against its case's decision, and the overdue job. Each locks the penalty's row, so
 * that two payments happen one after the other and cannot overpay, and is one history entry and one
 * audit event in its transaction.
 */
@ApplicationScoped
public class PenaltyService {

  private final PenaltyRepository penalties;
  private final PenaltyPaymentRepository payments;
  private final PenaltyHistory history;
  private final PenaltyQueries queries;
  private final RegulatorCalendar calendar;

  PenaltyService(
      PenaltyRepository penalties,
      PenaltyPaymentRepository payments,
      PenaltyHistory history,
      PenaltyQueries queries,
      RegulatorCalendar calendar) {
    this.penalties = penalties;
    this.payments = payments;
    this.history = history;
    this.queries = queries;
    this.calendar = calendar;
  }

  /**
   * Records a payment. The same reference with the same content again answers the payment recorded
   * and adds nothing; with other content it is refused.
   */
  @Transactional
  public PaymentRecorded pay(UUID id, PaymentRecording recording) {
    Penalty p = penalties.getVisibleForUpdate(id);
    Money amount = checkedAmount(p, recording.amount());
    Optional<PenaltyPayment> earlier =
        payments.firstVisible(
            "penaltyId = :penalty and reference = :reference",
            Map.of("penalty", p.id, "reference", recording.reference()));
    if (earlier.isPresent()) {
      PenaltyPayment same = earlier.get();
      if (same.amount().equals(amount) && same.receivedOn.equals(recording.receivedOn())) {
        return new PaymentRecorded(PaymentView.of(same), false);
      }
      throw ProblemException.onField(
          PenaltyProblems.PAYMENT_REFERENCE_REUSED,
          "Payment "
              + same.reference
              + " was recorded as "
              + same.amount()
              + " received on "
              + same.receivedOn
              + "; nothing was recorded",
          "reference",
          "names a payment recorded with other content");
    }
    if (p.status == PenaltyStatus.PAID) {
      throw new ProblemException(
          PenaltyProblems.PENALTY_PAID, "The penalty is paid in full; nothing was recorded");
    }
    if (p.status == PenaltyStatus.WITHDRAWN) {
      throw new ProblemException(
          PenaltyProblems.PENALTY_WITHDRAWN, "The penalty was withdrawn; nothing was recorded");
    }
    LocalDate today = calendar.today();
    if (recording.receivedOn().isAfter(today)) {
      throw ProblemException.onField(
          PenaltyProblems.PAYMENT_RECEIVED_IN_FUTURE,
          "A payment is received today (" + today + ") or before; nothing was recorded",
          "receivedOn",
          "must be " + today + " or before");
    }
    Money balance = p.balance();
    if (amount.compareTo(balance) > 0) {
      throw ProblemException.onField(
          PenaltyProblems.PAYMENT_EXCEEDS_BALANCE,
          "The balance is " + balance + "; nothing was recorded",
          "amount.amount",
          "must be at most the balance, " + balance);
    }
    PenaltyPayment payment = new PenaltyPayment();
    payment.id = UUID.randomUUID();
    payment.penaltyId = p.id;
    payment.platformId = p.platformId;
    payment.reference = recording.reference();
    payment.amount = amount.amount();
    payment.currency = p.currency;
    payment.receivedOn = recording.receivedOn();
    payment.recordedBy = history.actor();
    payment.recordedAt = history.now();
    payments.persist(payment);
    Money left = balance.minus(amount);
    PenaltyStatus from = p.status;
    p.balance = left.amount();
    p.status = PenaltyLifecycle.afterPayment(from, left.signum() > 0);
    penalties.flush();
    history.record(
        p,
        "payment-recorded",
        from,
        "Payment " + payment.reference + " of " + amount + "; balance " + left,
        payment.id,
        queries.view(p));
    return new PaymentRecorded(PaymentView.of(payment), true);
  }

  /** An officer withdraws an unpaid penalty. */
  @Transactional
  public PenaltyView withdraw(UUID id, PenaltyWithdrawal withdrawal) {
    Penalty p = penalties.getVisibleForUpdate(id);
    if (p.version != withdrawal.expectedVersion()) {
      throw ProblemException.staleVersion("Penalty", p.id, p.version, withdrawal.expectedVersion());
    }
    List<PenaltyStatus> allowed = PenaltyLifecycle.officerSteps(p.status);
    if (!allowed.contains(PenaltyStatus.WITHDRAWN)) {
      throw ProblemException.notAllowedFrom(
          PenaltyProblems.PENALTY_STEP_NOT_ALLOWED,
          "The penalty is " + p.status + ": it can no longer be withdrawn",
          allowed.stream().map(Enum::name).toList());
    }
    return change(p, PenaltyStatus.WITHDRAWN, "withdrawn", withdrawal.reason());
  }

  /** An appeal against the case's decision is lodged: its unpaid penalty is APPEALED. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealLodged(UUID caseId) {
    forCase(caseId)
        .ifPresent(
            p ->
                PenaltyLifecycle.onAppealLodged(p.status)
                    .ifPresent(
                        to -> change(p, to, "appealed", "The case's decision was appealed")));
  }

  /** The appeal was dismissed: the penalty is back where its balance and due date say. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealDismissed(UUID caseId) {
    forCase(caseId)
        .filter(p -> p.status == PenaltyStatus.APPEALED)
        .ifPresent(
            p ->
                change(
                    p,
                    PenaltyLifecycle.byBalance(
                        p.balance.signum() > 0,
                        p.balance.compareTo(p.amount) < 0,
                        p.dueDate,
                        calendar.today()),
                    "appeal-dismissed",
                    "The appeal against the case's decision was dismissed"));
  }

  /** The appeal was upheld, setting the decision aside: its appealed penalty is withdrawn. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealUpheld(UUID caseId) {
    forCase(caseId)
        .ifPresent(
            p ->
                PenaltyLifecycle.onAppealUpheld(p.status)
                    .ifPresent(
                        to ->
                            change(
                                p,
                                to,
                                "withdrawn",
                                "The case's decision was set aside on appeal")));
  }

  /**
   * Marks every issued or part-paid penalty whose due date has passed OVERDUE; safe to repeat, as a
   * penalty marked once is no longer one of them, and rows another run holds are left to it.
   *
   * @return how many were marked
   */
  @Transactional
  public int markOverdue() {
    LocalDate today = calendar.today();
    List<Penalty> due =
        penalties.lockVisibleSkippingLocked(
            "status in :running and dueDate < :today",
            Map.of(
                "running", List.of(PenaltyStatus.ISSUED, PenaltyStatus.PART_PAID), "today", today));
    int marked = 0;
    for (Penalty p : due) {
      Optional<PenaltyStatus> to = PenaltyLifecycle.overdue(p.status, p.dueDate, today);
      if (to.isPresent()) {
        change(p, to.get(), "overdue", "Not paid in full by " + p.dueDate);
        marked++;
      }
    }
    return marked;
  }

  private Optional<Penalty> forCase(UUID caseId) {
    return penalties
        .firstVisible("caseId = :case", Map.of("case", caseId))
        .map(p -> penalties.getVisibleForUpdate(p.id));
  }

  private PenaltyView change(Penalty p, PenaltyStatus to, String action, String reason) {
    PenaltyStatus from = p.status;
    p.status = to;
    penalties.flush();
    PenaltyView view = queries.view(p);
    history.record(p, action, from, reason, null, view);
    return view;
  }

  /** The amount in the penalty's currency, more than zero, in whole minor units. */
  private static Money checkedAmount(Penalty p, Money amount) {
    if (!amount.currency().getCurrencyCode().equals(p.currency)) {
      throw ProblemException.onField(
          PenaltyProblems.WRONG_CURRENCY,
          "The penalty is in " + p.currency + "; nothing was recorded",
          "amount.currency",
          "must be " + p.currency);
    }
    if (amount.signum() < 0) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_NEGATIVE,
          "A payment cannot be negative; nothing was recorded",
          "amount.amount",
          "must be more than zero");
    }
    if (amount.signum() == 0) {
      throw ProblemException.onField(
          ProblemType.INVALID_REQUEST,
          "A payment is of more than zero; nothing was recorded",
          "amount.amount",
          "must be more than zero");
    }
    if (!amount.isInMinorUnits()) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_TOO_PRECISE,
          "A payment is in whole minor units of " + p.currency + "; nothing was recorded",
          "amount.amount",
          "has more decimal places than " + p.currency + " has");
    }
    return amount;
  }
}
