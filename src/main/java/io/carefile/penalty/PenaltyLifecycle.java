package io.carefile.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a penalty goes. Payments take it ISSUED → PART_PAID → PAID; once its due date has passed
 * with a balance it is OVERDUE, and stays OVERDUE until paid in full. An appeal against its case's
 * decision holds any unpaid penalty at APPEALED (payments are still taken); a dismissed appeal
 * gives it back the status its balance and due date say, an upheld one withdraws it. An officer may
 * withdraw any unpaid penalty. PAID and WITHDRAWN are final.
 */
public final class PenaltyLifecycle {

  private static final List<PenaltyStatus> UNPAID =
      List.of(
          PenaltyStatus.ISSUED,
          PenaltyStatus.PART_PAID,
          PenaltyStatus.OVERDUE,
          PenaltyStatus.APPEALED);

  private PenaltyLifecycle() {}

  /** Whether the penalty is still owed: not paid in full, not withdrawn. */
  public static boolean isUnpaid(PenaltyStatus status) {
    return UNPAID.contains(status);
  }

  /** Whether a payment may be recorded against it. */
  public static boolean takesPayments(PenaltyStatus status) {
    return isUnpaid(status);
  }

  /**
   * The status after a payment that leaves {@code balance}: PAID when nothing is left; otherwise an
   * overdue or appealed penalty stays so, an issued or part-paid one is PART_PAID.
   */
  public static PenaltyStatus afterPayment(PenaltyStatus status, boolean balanceLeft) {
    if (!takesPayments(status)) {
      throw new IllegalArgumentException("A " + status + " penalty takes no payment");
    }
    if (!balanceLeft) {
      return PenaltyStatus.PAID;
    }
    return status == PenaltyStatus.ISSUED ? PenaltyStatus.PART_PAID : status;
  }

  /** OVERDUE for an issued or part-paid penalty whose due date is before {@code today}. */
  public static Optional<PenaltyStatus> overdue(
      PenaltyStatus status, LocalDate dueDate, LocalDate today) {
    boolean running = status == PenaltyStatus.ISSUED || status == PenaltyStatus.PART_PAID;
    return running && dueDate.isBefore(today)
        ? Optional.of(PenaltyStatus.OVERDUE)
        : Optional.empty();
  }

  /**
   * What the balance and the due date say, leaving appeals aside: PAID with nothing left, OVERDUE
   * past the due date, PART_PAID once something was paid, else ISSUED.
   */
  public static PenaltyStatus byBalance(
      boolean balanceLeft, boolean somethingPaid, LocalDate dueDate, LocalDate today) {
    if (!balanceLeft) {
      return PenaltyStatus.PAID;
    }
    if (dueDate.isBefore(today)) {
      return PenaltyStatus.OVERDUE;
    }
    return somethingPaid ? PenaltyStatus.PART_PAID : PenaltyStatus.ISSUED;
  }

  /** APPEALED for an unpaid penalty when an appeal against its decision is lodged. */
  public static Optional<PenaltyStatus> onAppealLodged(PenaltyStatus status) {
    return isUnpaid(status) && status != PenaltyStatus.APPEALED
        ? Optional.of(PenaltyStatus.APPEALED)
        : Optional.empty();
  }

  /** WITHDRAWN for an appealed penalty whose decision was set aside on appeal. */
  public static Optional<PenaltyStatus> onAppealUpheld(PenaltyStatus status) {
    return status == PenaltyStatus.APPEALED
        ? Optional.of(PenaltyStatus.WITHDRAWN)
        : Optional.empty();
  }

  /** The statuses an officer's step may take it to now: WITHDRAWN while unpaid, else none. */
  public static List<PenaltyStatus> officerSteps(PenaltyStatus status) {
    return isUnpaid(status) ? List.of(PenaltyStatus.WITHDRAWN) : List.of();
  }
}
