package io.carefile.filing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionDiff", description = "What changed between two versions, field by field")
public record Diff(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "The earlier version compared") int from,
    @Schema(description = "The later version compared") int to,
    @Schema(description = "The fields whose value differs") List<FieldChange> changes) {}
