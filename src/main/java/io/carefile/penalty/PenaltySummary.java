package io.carefile.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A penalty in a list. */
public record PenaltySummary(
    UUID id,
    UUID platformId,
    UUID caseId,
    PenaltyType kind,
    Money amount,
    Money balance,
    PenaltyStatus status,
    LocalDate dueDate,
    Instant issuedAt,
    long version) {

  static PenaltySummary of(Penalty p) {
    return new PenaltySummary(
        p.id,
        p.platformId,
        p.caseId,
        p.kind,
        p.amount(),
        p.balance(),
        p.status,
        p.dueDate,
        p.issuedAt,
        p.version);
  }
}
