package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementCaseOpening",
    description = "An enforcement officer opens a case against a platform, on its grounds")
public record CaseOpening(
    @NotNull @Schema(description = "The platform the case is against", required = true)
        UUID platformId,
    @Size(max = 50)
        @Schema(
            description =
                "At least one ground (case-grounds-required); none may be a ground an open case"
                    + " already has",
            required = true)
        List<@NotNull @Valid GroundInput> grounds,
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "Why the case is opened", required = true)
        String reason) {

  public CaseOpening {
    reason = TextRules.readable(reason);
    // Copied as sent, nulls included, so that validation names a null element.
    grounds = grounds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(grounds));
  }
}
