package io.carefile.penalty;

/**
 * A payment as recorded, and whether this request recorded it ({@code false}: the same payment was
 * recorded before, and nothing was added).
 */
public record PaymentRecorded(PaymentView payment, boolean created) {}
