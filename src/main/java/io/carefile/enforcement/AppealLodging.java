package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementAppealLodging",
    description = "An enforcement officer records that the platform appealed the decision")
public record AppealLodging(
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "The appeal's grounds, as the platform gave them", required = true)
        String grounds,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The case's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public AppealLodging {
    grounds = TextRules.readable(grounds);
  }
}
