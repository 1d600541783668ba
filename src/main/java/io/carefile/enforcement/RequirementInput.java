package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementRequirementInput",
    description = "An action a confirmation decision requires of the platform")
public record RequirementInput(
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "What the platform must do", required = true)
        String text,
    @NotNull
        @Schema(
            description = "By when: a day after today in the regulator's calendar (Europe/London)",
            required = true)
        LocalDate dueDate) {

  public RequirementInput {
    text = TextRules.readable(text);
  }
}
