package io.carefile.filing;

import io.carefile.scoring.ScoreView;
import io.carefile.validation.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A version of a return was submitted and scored: fired synchronously inside the submission's
 * transaction, so that what other features keep about it (the review queue) commits with the
 * submission or not at all. Observers must not call back into filing.
 */
public record ReturnSubmitted(
    UUID filingId,
    UUID platformId,
    UUID obligationId,
    String templateCode,
    int templateVersion,
    LocalDate periodStart,
    int versionNumber,
    FilingStatus status,
    boolean late,
    Instant submittedAt,
    List<Finding> findings,
    Map<String, String> explanations,
    ScoreView score) {}
