package io.carefile.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received against a penalty. */
public record PaymentView(
    UUID id,
    String reference,
    Money amount,
    LocalDate receivedOn,
    String recordedBy,
    Instant recordedAt) {

  static PaymentView of(PenaltyPayment p) {
    return new PaymentView(p.id, p.reference, p.amount(), p.receivedOn, p.recordedBy, p.recordedAt);
  }
}
