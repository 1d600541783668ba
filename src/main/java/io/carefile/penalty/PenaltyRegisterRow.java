package io.carefile.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One penalty in the penalties export: the penalty, its balance and what has been paid. */
public record PenaltyRegisterRow(
    UUID id,
    UUID platformId,
    UUID caseId,
    PenaltyType kind,
    PenaltyStatus status,
    Money amount,
    Money paid,
    Money balance,
    int payments,
    LocalDate lastPaidOn,
    LocalDate dueDate,
    Instant issuedAt) {}
