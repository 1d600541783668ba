package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.ReturnValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A version being submitted, as scoring needs it: which version, its template and its values, and
 * the platform's category and UK monthly active users at submission (its benchmark peer group).
 */
public record SubmissionToScore(
    UUID filingVersionId,
    UUID filingId,
    UUID platformId,
    int versionNumber,
    CompiledTemplate template,
    ReturnValues values,
    LocalDate periodStart,
    LocalDate periodEnd,
    Instant submittedAt,
    PlatformCategory category,
    long ukMonthlyActiveUsers) {}
