package io.carefile.scoring;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One input of a snapshot: a scored version, and the digest of its score as it was used. */
@Schema(name = "BenchmarkSnapshotInput", description = "A scored version a snapshot used")
public record BenchmarkSnapshotInput(
    @Schema(description = "The submitted version whose score was used") UUID filingVersionId,
    @Schema(
            description =
                "SHA-256 (hex) of the RFC 8785 canonical JSON of that score (BenchmarkScoreContent)")
        String sha256) {}
