package io.carefile.portal.query;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The return a query is about, as the query pages name it: its template's title and period, the
 * platform's name (for regulators only) and the page the caller reads it on.
 */
public record QueryReturn(
    UUID filingId,
    String title,
    LocalDate periodStart,
    LocalDate periodEnd,
    String platformName,
    String path) {}
