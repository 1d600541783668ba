package io.carefile.scoring;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkSnapshotSummary", description = "A frozen benchmark, in a list")
public record BenchmarkSnapshotSummary(
    @Schema(description = "Snapshot id") UUID id,
    @Schema(description = "The peer group") PeerGroup group,
    @Schema(description = "k when it was frozen") int minCohort,
    @Schema(description = "Platforms in the group") int cohortSize,
    @Schema(description = "The snapshot's SHA-256") String sha256,
    @Schema(description = "When it was frozen") Instant createdAt,
    @Schema(description = "Who froze it") String createdBy) {}
