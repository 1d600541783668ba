package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.validation.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Draft", description = "The editable draft and what validation says of it")
public record Draft(
    @Schema(description = "Values by field code; blank fields are absent")
        Map<String, JsonNode> values,
    @Schema(description = "Advisory findings: ERRORs must be fixed, WARNINGs explained")
        List<Finding> findings,
    @Schema(description = "When it was last saved") Instant savedAt,
    @Schema(description = "Who saved it last") String savedBy,
    @Schema(
            description =
                "How it was last saved: PORTAL, API or SPREADSHEET (an uploaded workbook); absent"
                    + " for a draft saved before this was recorded")
        FilingSource source) {}
