package io.carefile.filing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionSummary", description = "One submitted version, in brief")
public record VersionSummary(
    @Schema(description = "1 for the original, 2... for amendments") int number,
    @Schema(description = "Accession number", example = "DCR-2026-000123-01")
        String accessionNumber,
    @Schema(description = "When it was submitted (UTC)") Instant submittedAt,
    @Schema(description = "Who submitted it") String submittedBy,
    @Schema(description = "Who attested it") String attestorName,
    @Schema(description = "PORTAL, API or SPREADSHEET") FilingSource source,
    @Schema(description = "Submitted after the due date") boolean late,
    @Schema(description = "SHA-256 of the canonical payload") String sha256) {

  static VersionSummary of(FilingVersion version) {
    return new VersionSummary(
        version.number,
        version.accessionNumber,
        version.submittedAt,
        version.submittedBy,
        version.attestorName,
        version.source,
        version.late,
        version.sha256);
  }
}
