package io.carefile.scoring;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BenchmarkSnapshotVerification",
    description =
        "A snapshot recomputed from exactly the inputs it recorded (not from the latest scores)")
public record BenchmarkSnapshotVerification(
    @Schema(description = "Snapshot id") UUID snapshotId,
    @Schema(
            description =
                "True when the snapshot's digest, every input's digest and the recomputed result"
                    + " all match")
        boolean verified,
    @Schema(
            description =
                "True when the SHA-256 recorded is that of the result and inputs recorded")
        boolean snapshotDigestMatches,
    @Schema(description = "True when every input's score still has the digest recorded")
        boolean inputsMatch,
    @Schema(
            description =
                "True when recomputing from those inputs gives exactly the result recorded")
        boolean resultMatches,
    @Schema(description = "The SHA-256 recorded") String recordedSha256,
    @Schema(description = "The SHA-256 of the result and inputs as recorded now")
        String recomputedSha256,
    @Schema(description = "Each input, checked") List<BenchmarkInputCheck> inputs) {

  public BenchmarkSnapshotVerification {
    inputs = List.copyOf(inputs);
  }
}
