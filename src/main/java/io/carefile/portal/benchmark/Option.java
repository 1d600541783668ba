package io.carefile.portal.benchmark;

/**
 * One option of a select on a benchmark page: what it sends, its words, and whether it is chosen.
 */
public record Option(String value, String label, boolean selected) {}
