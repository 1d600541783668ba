package io.carefile.penalty;

import java.time.LocalDate;

/**
 * A point standing on a day.
 *
 * @param earnedBy the late submission that earned it
 * @param expiresOn the first day it no longer stands, if no other rule intervenes; null while its
 *     tally is at the threshold, when points stand until the compliance period passes
 */
public record StandingPoint(LateSubmission earnedBy, LocalDate expiresOn) {}
