package io.carefile.scoring;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether one input of a snapshot is still the score it was. */
@Schema(name = "BenchmarkInputCheck", description = "One snapshot input, checked again")
public record BenchmarkInputCheck(
    @Schema(description = "The scored version") UUID filingVersionId,
    @Schema(description = "The digest the snapshot recorded") String recordedSha256,
    @Schema(description = "The digest of the stored score now; absent when it is gone")
        String currentSha256,
    @Schema(description = "True when the two are the same") boolean matches) {}
