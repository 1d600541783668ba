package io.carefile.scoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BenchmarkSnapshot",
    description =
        "A frozen benchmark: the result as computed, the inputs it was computed from with their"
            + " digests, and the SHA-256 of both")
public record BenchmarkSnapshotView(
    @Schema(description = "Snapshot id") UUID id,
    @Schema(description = "The peer group") PeerGroup group,
    @Schema(description = "k when it was frozen") int minCohort,
    @Schema(description = "Platforms in the group") int cohortSize,
    @Schema(description = "The benchmark as a regulator saw it, outliers named")
        BenchmarkView result,
    @Schema(description = "Each scored version used, in filing version id order")
        List<BenchmarkSnapshotInput> inputs,
    @Schema(
            description =
                "SHA-256 (hex) of the RFC 8785 canonical JSON of {\"inputs\": inputs, \"result\":"
                    + " result}")
        String sha256,
    @Schema(description = "When it was frozen") Instant createdAt,
    @Schema(description = "Who froze it") String createdBy) {

  public BenchmarkSnapshotView {
    inputs = List.copyOf(inputs);
  }
}
