package io.carefile.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
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
    @Schema(description = "What was filed, as RFC 8785 canonical JSON") String canonicalPayload,
    @Schema(description = "The audit event that logged the submission") UUID auditEventId,
    @Schema(
            description =
                "The regulator's JWS (compact, alg EdDSA) over the receipt's statement: its"
                    + " accession number, digest, filing, version, time and audit event"
                    + " (docs/audit-log.md); absent for versions filed before receipts were signed")
        String signature) {}
