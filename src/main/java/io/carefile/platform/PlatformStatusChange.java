package io.carefile.platform;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlatformStatusChange", description = "Suspend, reinstate or exit a platform")
public record PlatformStatusChange(
    @NotNull @Schema(description = "The new status", required = true) PlatformStatus status,
    @NotBlank
        @Size(max = 1000)
        @ReadableText
        @Schema(description = "Why, for the record (kept in the audit trail)", required = true)
        String reason,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The version you read; a stale version is refused with 409",
            required = true)
        Long expectedVersion) {

  public PlatformStatusChange {
    reason = TextRules.readable(reason);
  }
}
