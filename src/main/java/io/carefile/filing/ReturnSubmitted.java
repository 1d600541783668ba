package io.carefile.filing;

import io.carefile.scoring.ScoreView;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A version of a return was submitted and scored: fired synchronously inside the submission's
 * transaction, so that what other features keep about it (the review queue) commits with the
 * submission or not at all. It carries the values filed, so that observers (breach rules) need not
 * call back into filing, which they must not.
 */
public record ReturnSubmitted(
    UUID filingId,
    UUID platformId,
    UUID obligationId,
    String templateCode,
    int templateVersion,
    LocalDate periodStart,
    LocalDate periodEnd,
    int versionNumber,
    FilingStatus status,
    boolean late,
    Instant submittedAt,
    List<Finding> findings,
    Map<String, String> explanations,
    ReturnValues values,
    ScoreView score) {}
