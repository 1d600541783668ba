package io.carefile.penalty;

/**
 * A penalty calculated and not yet issued: what it is, the calculator's answer and what it was
 * given.
 */
public record CalculatedPenalty(PenaltyType type, PenaltyCalculation calculation, Object inputs) {}
