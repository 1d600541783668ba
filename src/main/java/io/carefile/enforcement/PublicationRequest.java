package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementPublicationRequest",
    description = "An enforcement officer publishes a case's confirmation decision on the register")
public record PublicationRequest(
    @NotBlank
        @Size(max = PublicationRequest.MAX_SUMMARY)
        @ReadableText
        @Schema(
            description =
                "What the public reads about the decision (1–4,000 characters): the failings"
                    + " found and what the platform must do",
            maxLength = PublicationRequest.MAX_SUMMARY,
            required = true)
        String summary,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The case's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public static final int MAX_SUMMARY = 4000;

  public PublicationRequest {
    summary = TextRules.readable(summary);
  }
}
