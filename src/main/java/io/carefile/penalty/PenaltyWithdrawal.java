package io.carefile.penalty;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PenaltyWithdrawal", description = "An officer withdraws an unpaid penalty")
public record PenaltyWithdrawal(
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "Why it is withdrawn", required = true, maxLength = 4000)
        String reason,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The penalty's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public PenaltyWithdrawal {
    reason = TextRules.readable(reason);
  }
}
