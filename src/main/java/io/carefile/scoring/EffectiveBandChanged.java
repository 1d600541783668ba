package io.carefile.scoring;

import java.util.UUID;

/**
 * The band that counts for a return changed without a new submission: an analyst overrode it, or an
 * override was confirmed again or lapsed. Fired synchronously in the change's transaction, so that
 * what other features derive from the band (the review queue's priority) changes with it.
 */
public record EffectiveBandChanged(
    UUID filingId, UUID platformId, int versionNumber, ScoreBand band, boolean overridden) {}
