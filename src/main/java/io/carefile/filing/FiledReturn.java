package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.validation.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a receipt's digest covers: everything that was filed, in the shape of its canonical JSON.
 * Changing this shape changes what later receipts prove, never earlier ones (their payload is
 * stored as it was).
 */
record FiledReturn(
    String accessionNumber,
    UUID filingId,
    int version,
    UUID platformId,
    Obligation obligation,
    Template template,
    JsonNode values,
    List<Finding> findings,
    Map<String, String> explanations,
    Attestation attestation,
    FilingSource source,
    boolean late,
    Instant submittedAt,
    String submittedBy) {

  record Obligation(UUID id, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {}

  record Template(String code, int version) {}

  record Attestation(
      String username, String name, String role, String statement, Instant attestedAt) {}
}
