package io.carefile.review;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewDecision",
    description =
        "Accept a return, accept it with findings, or reject it with reason codes and a text")
public record Decision(
    @NotNull @Schema(description = "The outcome", required = true) ReviewOutcome outcome,
    @Size(max = 50)
        @Schema(
            description =
                "Required, and not empty, for ACCEPT_WITH_FINDINGS; refused with any other outcome")
        List<@NotNull @Valid DecisionFinding> findings,
    @Size(max = 20)
        @Schema(
            description =
                "Required, and not empty, for REJECT: codes of GET /api/v1/rejection-reasons;"
                    + " refused with an acceptance")
        List<@NotNull @Size(min = 1, max = 64) @StorableText String> reasonCodes,
    @Size(min = 1, max = 4000)
        @ReadableText
        @Schema(
            description =
                "Required for REJECT: why, for the platform. Optional with an acceptance, as a"
                    + " note")
        String text,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The review's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public Decision {
    text = TextRules.readable(text);
    // Copied as sent, nulls included, so that validation names a null element.
    findings =
        findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
    reasonCodes =
        reasonCodes == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(reasonCodes));
  }
}
