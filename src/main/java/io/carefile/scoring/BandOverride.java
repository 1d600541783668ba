package io.carefile.scoring;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BandOverride",
    description = "An analyst's override of the band of a return's latest version")
public record BandOverride(
    @NotNull @Schema(description = "The band that should count; not the computed one")
        OverrideBand band,
    @NotNull
        @Size(min = 1, max = OverrideReasons.MAX_CODE_LENGTH)
        @StorableText
        @Schema(
            description = "One of GET /api/v1/score-override-reasons",
            example = "KNOWN_INCIDENT")
        String reasonCode,
    @NotBlank
        @Size(min = 1, max = 2000)
        @ReadableText
        @Schema(description = "Why, for the record and for the platform to read")
        String comment,
    @PositiveOrZero
        @Schema(
            description =
                "The version of the override that applies now, as you read it (the score's"
                    + " override.version), or 0 when none did; a change made since is refused."
                    + " Omit to replace whatever applies")
        Long expectedVersion) {

  public BandOverride {
    comment = TextRules.readable(comment);
  }
}
