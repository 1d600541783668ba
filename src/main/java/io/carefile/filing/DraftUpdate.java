package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DraftUpdate",
    description = "Values to change in the draft; a null value clears its field")
public record DraftUpdate(
    @NotNull @Schema(description = "Values by field code (only those that change)")
        Map<String, JsonNode> values,
    @NotNull
        @PositiveOrZero
        @Schema(description = "The filing's version you read, for optimistic locking")
        Long expectedVersion) {}
