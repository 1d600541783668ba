package io.carefile.penalty;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A penalty in full: its calculation's steps and inputs as they were answered when it was issued,
 * its payments, balance and history.
 *
 * @param allowedSteps the statuses an officer's step may take it to now (WITHDRAWN, or none)
 */
public record PenaltyView(
    UUID id,
    UUID platformId,
    UUID caseId,
    PenaltyType kind,
    Money amount,
    Money balance,
    PenaltyStatus status,
    LocalDate dueDate,
    JsonNode calculation,
    JsonNode inputs,
    String issuedBy,
    Instant issuedAt,
    List<PenaltyStatus> allowedSteps,
    List<PaymentView> payments,
    List<PenaltyEventView> history,
    long version) {}
