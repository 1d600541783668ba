package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "Submit the draft as the next version of the return")
public record Submission(
    @Schema(
            description =
                "A complete set of values to submit, replacing the draft's; omit to submit the"
                    + " draft as saved")
        Map<String, JsonNode> values,
    @PositiveOrZero
        @Schema(description = "The filing's version you read; a later change is refused")
        Long expectedVersion,
    @Schema(
            description =
                "A written explanation for each warning, keyed by the finding's key (for"
                    + " example CSAMQ-W001 or CSAMQ-P001/items_detected_total)")
        Map<
                @NotNull @Size(min = 1, max = 200) @StorableText String,
                @NotNull @Size(max = 5000) @ReadableText String>
            explanations,
    @NotNull @Valid @Schema(description = "The attestation") Attestation attestation) {

  public Submission {
    if (explanations != null) {
      Map<String, String> readable = new LinkedHashMap<>();
      explanations.forEach((key, text) -> readable.put(key, TextRules.readable(text)));
      explanations = readable;
    }
  }

  public Map<String, String> explanationsOrEmpty() {
    return explanations == null ? Map.of() : explanations;
  }
}
