package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FilingStart", description = "Start the return for an obligation")
public record FilingStart(
    @NotNull @Schema(description = "The obligation the return is for") UUID obligationId,
    @Schema(description = "First values of the draft, by field code (may be partial)")
        Map<String, JsonNode> values) {}
