package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.validation.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmittedVersion", description = "One submitted version in full")
public record VersionView(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "1 for the original, 2... for amendments") int number,
    @Schema(description = "Accession number") String accessionNumber,
    @Schema(description = "When it was submitted (UTC)") Instant submittedAt,
    @Schema(description = "Who submitted it") String submittedBy,
    @Schema(description = "PORTAL, API or SPREADSHEET") FilingSource source,
    @Schema(description = "Submitted after the due date") boolean late,
    @Schema(description = "The values filed") Map<String, JsonNode> values,
    @Schema(description = "What validation found at submission") List<Finding> findings,
    @Schema(description = "The filer's explanations of warnings, by finding key")
        Map<String, String> explanations,
    @Schema(description = "Who attested, and to what") AttestationView attestation,
    @Schema(description = "SHA-256 of the canonical payload") String sha256) {}
