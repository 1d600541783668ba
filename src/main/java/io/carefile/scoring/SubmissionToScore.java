package io.carefile.scoring;

import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.ReturnValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A version being submitted, as scoring needs it: which version, its template and its values. */
public record SubmissionToScore(
    UUID filingVersionId,
    UUID filingId,
    UUID platformId,
    int versionNumber,
    CompiledTemplate template,
    ReturnValues values,
    LocalDate periodStart,
    LocalDate periodEnd,
    Instant submittedAt) {}
