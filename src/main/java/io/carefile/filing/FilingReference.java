package io.carefile.filing;

import java.util.UUID;

/** Which return answers an obligation, in brief: for lists of obligations. */
public record FilingReference(UUID id, UUID obligationId, FilingStatus status, boolean hasDraft) {}
