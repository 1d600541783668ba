package io.carefile.register;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the database counts for one template, period and category, before anything is withheld:
 * never published as it is.
 */
public record ReturnFigures(
    String templateCode,
    LocalDate periodStart,
    LocalDate periodEnd,
    String category,
    long platforms,
    long returnsDue,
    long returnsFiled,
    long filedLate,
    long scoredPlatforms,
    BigDecimal medianScore,
    long green,
    long amber,
    long red) {}
