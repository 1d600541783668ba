package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementAppealOutcome",
    description = "An enforcement officer records how the appeal ended")
public record AppealDecision(
    @NotNull
        @Schema(
            description = "UPHELD (the decision is set aside) or DISMISSED (it stands)",
            required = true)
        AppealOutcome outcome,
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "The outcome, in words", required = true)
        String text,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The case's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public AppealDecision {
    text = TextRules.readable(text);
  }
}
