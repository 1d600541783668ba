package io.carefile.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Checkpoint", description = "A signed tree head of the audit log")
public record StoredCheckpoint(
    @Schema(description = "The number of events in the tree") long treeSize,
    @Schema(description = "The root hash, standard base64") String rootHash,
    @Schema(
            description =
                "The C2SP signed note: origin, size, base64 root, blank line, signature line")
        String note,
    @Schema(description = "When it was signed") Instant signedAt) {}
