package io.carefile.filing;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubmissionResult",
    description = "A submission was stored: its receipt, to keep as proof of what was filed")
public record SubmissionResult(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "The version stored") int version,
    @Schema(description = "Accession number", example = "DCR-2026-000123-01")
        String accessionNumber,
    @Schema(description = "When it was submitted (UTC)") Instant submittedAt,
    @Schema(description = "Submitted after the due date") boolean late,
    @Schema(description = "SHA-256 (hex) of the canonical payload") String sha256,
    @Schema(description = "Where to fetch the receipt") String receipt) {}
