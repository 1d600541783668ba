package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementRequirementCompletion",
    description = "The platform says a requirement is done")
public record RequirementCompletion(
    @Size(min = 1, max = 4000) @ReadableText @Schema(description = "What was done (optional)")
        String note,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The requirement's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public RequirementCompletion {
    note = TextRules.readable(note);
  }
}
