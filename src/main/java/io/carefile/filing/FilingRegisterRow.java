package io.carefile.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One return in the filings register export: the return, its period and its latest submission. */
public record FilingRegisterRow(
    UUID id,
    UUID platformId,
    UUID obligationId,
    String templateCode,
    int templateVersion,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    FilingStatus status,
    int latestVersion,
    Integer acceptedVersion,
    String accessionNumber,
    Instant submittedAt,
    String submittedBy,
    String attestorName,
    FilingSource source,
    Boolean late,
    Instant draftSavedAt) {}
