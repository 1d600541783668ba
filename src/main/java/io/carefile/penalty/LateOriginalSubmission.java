package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.time.Instant;
import java.util.UUID;

/** A late original submission as the view {@code late_original_submission} (V019) answers it. */
record LateOriginalSubmission(
    UUID filingVersionId,
    UUID filingId,
    UUID platformId,
    String accessionNumber,
    String templateCode,
    PeriodType periodType,
    Instant submittedAt) {}
