package io.carefile.penalty;

import java.time.Instant;
import java.util.UUID;

/** One entry of a penalty's history. */
public record PenaltyEventView(
    Instant occurredAt,
    String actor,
    PenaltyStatus fromStatus,
    PenaltyStatus toStatus,
    String reason,
    UUID paymentId) {

  static PenaltyEventView of(PenaltyEvent e) {
    return new PenaltyEventView(
        e.occurredAt, e.actor, e.fromStatus, e.toStatus, e.reason, e.paymentId);
  }
}
