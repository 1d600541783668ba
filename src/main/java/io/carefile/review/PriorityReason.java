package io.carefile.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One factor of a return's review priority, with the points it added and why. */
@Schema(name = "PriorityReason", description = "One factor of a return's review priority")
public record PriorityReason(
    @Schema(description = "The factor", example = "BAND") PriorityFactor factor,
    @Schema(description = "The points it added to the priority", example = "40") int points,
    @Schema(description = "Why, for the analyst", example = "Band RED") String description) {}
