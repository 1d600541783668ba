package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.validation.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the filing API answers. */
public final class FilingViews {

  private FilingViews() {}

  @Schema(name = "Filing", description = "A return for one obligation: its draft and versions")
  public record FilingView(
      @Schema(description = "Filing id") UUID id,
      @Schema(description = "The platform filing") UUID platformId,
      @Schema(description = "The obligation it answers") UUID obligationId,
      @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
      @Schema(description = "Template version") int templateVersion,
      @Schema(description = "First day of the period") LocalDate periodStart,
      @Schema(description = "Last day of the period") LocalDate periodEnd,
      @Schema(description = "Last day to file on time (Europe/London)") LocalDate dueDate,
      @Schema(description = "DRAFT, SUBMITTED, UNDER_REVIEW, QUERIED, ACCEPTED or REJECTED")
          FilingStatus status,
      @Schema(description = "Number of the latest submitted version; 0 before the first")
          int latestVersion,
      @Schema(description = "The open draft, if any") Draft draft,
      @Schema(description = "Submitted versions, oldest first") List<VersionSummary> versions,
      @Schema(description = "Version for optimistic locking") long version) {}

  /** Which return answers an obligation, in brief: for lists of obligations. */
  public record FilingReference(
      UUID id, UUID obligationId, FilingStatus status, boolean hasDraft) {}

  @Schema(name = "Draft", description = "The editable draft and what validation says of it")
  public record Draft(
      @Schema(description = "Values by field code; blank fields are absent")
          Map<String, JsonNode> values,
      @Schema(description = "Advisory findings: ERRORs must be fixed, WARNINGs explained")
          List<Finding> findings,
      @Schema(description = "When it was last saved") Instant savedAt,
      @Schema(description = "Who saved it last") String savedBy) {}

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

  @Schema(name = "AttestationRecord", description = "Who attested a submission, and to what")
  public record AttestationView(
      @Schema(description = "Attestor's username") String username,
      @Schema(description = "Attestor's name") String name,
      @Schema(description = "The role they attested in") String role,
      @Schema(description = "The statement they agreed to") String statement,
      @Schema(description = "When (UTC)") Instant attestedAt) {}

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

  @Schema(
      name = "Receipt",
      description =
          "Proof of what was filed: the SHA-256 of canonicalPayload's UTF-8 bytes is sha256")
  public record Receipt(
      @Schema(description = "Accession number") String accessionNumber,
      @Schema(description = "Filing id") UUID filingId,
      @Schema(description = "Version number") int version,
      @Schema(description = "When it was submitted (UTC)") Instant submittedAt,
      @Schema(description = "Digest algorithm", example = "SHA-256") String algorithm,
      @Schema(description = "Lower-case hex digest of canonicalPayload") String sha256,
      @Schema(description = "What was filed, as RFC 8785 canonical JSON")
          String canonicalPayload) {}

  @Schema(name = "VersionDiff", description = "What changed between two versions, field by field")
  public record Diff(
      @Schema(description = "Filing id") UUID filingId,
      @Schema(description = "The earlier version compared") int from,
      @Schema(description = "The later version compared") int to,
      @Schema(description = "The fields whose value differs") List<FieldChange> changes) {}

  @Schema(name = "FieldChange", description = "One field's value in each version")
  public record FieldChange(
      @Schema(description = "Field code") String field,
      @Schema(description = "The question") String label,
      @Schema(description = "Value in the earlier version; absent when blank") JsonNode before,
      @Schema(description = "Value in the later version; absent when blank") JsonNode after) {}
}
