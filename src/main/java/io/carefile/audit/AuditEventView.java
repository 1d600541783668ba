package io.carefile.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One event of the audit trail, with its chain link")
public record AuditEventView(
    @Schema(description = "Its place in the chain, from 1; absent until the sequencer chains it")
        Long sequence,
    @Schema(description = "Event id") UUID id,
    @Schema(description = "When the change was committed") Instant occurredAt,
    @Schema(description = "Who made it: username (subject), or system") String actor,
    @Schema(description = "The platform it is about; absent for none") UUID platformId,
    @Schema(description = "The kind of record changed", example = "filing") String entityType,
    @Schema(description = "The record's id") String entityId,
    @Schema(description = "What was done", example = "filing.submitted") String action,
    @Schema(description = "SHA-256 (hex) of the canonical JSON of the new state")
        String stateDigest,
    @Schema(description = "The previous link's hash; absent until chained") String previousHash,
    @Schema(description = "This link's hash (SHA-256, hex); absent until chained") String hash) {}
