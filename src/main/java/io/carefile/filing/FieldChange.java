package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldChange", description = "One field's value in each version")
public record FieldChange(
    @Schema(description = "Field code") String field,
    @Schema(description = "The question") String label,
    @Schema(description = "Value in the earlier version; absent when blank") JsonNode before,
    @Schema(description = "Value in the later version; absent when blank") JsonNode after) {}
