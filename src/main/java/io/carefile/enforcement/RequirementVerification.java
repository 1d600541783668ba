package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementRequirementVerification",
    description = "An enforcement officer verifies that a completed requirement is done")
public record RequirementVerification(
    @Size(min = 1, max = 4000) @ReadableText @Schema(description = "How it was verified (optional)")
        String note,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The requirement's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public RequirementVerification {
    note = TextRules.readable(note);
  }
}
