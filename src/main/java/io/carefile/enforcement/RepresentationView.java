package io.carefile.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementRepresentation",
    description = "Representations the platform made on the provisional notice")
public record RepresentationView(
    @Schema(description = "Representation id") UUID id,
    @Schema(description = "The representations") String text,
    @Schema(description = "Who made them") String submittedBy,
    @Schema(description = "When") Instant submittedAt,
    @Schema(description = "The documents attached, in order") List<DocumentView> documents) {}
