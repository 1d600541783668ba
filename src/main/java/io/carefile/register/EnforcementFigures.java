package io.carefile.register;

/**
 * What the database counts for one year and category of enforcement cases, before anything is
 * withheld: never published as it is.
 */
public record EnforcementFigures(
    int year,
    String category,
    long platforms,
    long casesOpened,
    long confirmed,
    long closedNoAction,
    long published) {}
