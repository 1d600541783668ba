package io.carefile.obligation;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObligationWaiver", description = "Exempt a platform from one obligation")
public record ObligationWaiver(
    @NotBlank
        @Size(max = 1000)
        @ReadableText
        @Schema(description = "Why, for the record", required = true)
        String reason,
    @NotNull
        @PositiveOrZero
        @Schema(description = "The version you read; a stale one is refused", required = true)
        Long expectedVersion) {

  public ObligationWaiver {
    reason = TextRules.readable(reason);
  }
}
