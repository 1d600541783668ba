package io.carefile.filing;

import java.util.UUID;

/**
 * A return as a review step left it: the status it moved from and to, the version reviewed, and the
 * filing's version for optimistic locking afterwards.
 */
public record ReviewedFiling(
    UUID filingId,
    UUID platformId,
    FilingStatus from,
    FilingStatus to,
    int reviewedVersion,
    long version) {}
