package io.carefile.filing;

import java.util.UUID;

/** A return that has a submitted version, in brief, with its latest: for whole-register sweeps. */
public record LatestSubmission(
    UUID filingId,
    UUID platformId,
    UUID obligationId,
    String templateCode,
    int templateVersion,
    FilingStatus status,
    int versionNumber) {}
