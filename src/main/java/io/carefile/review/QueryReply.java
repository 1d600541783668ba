package io.carefile.review;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "QueryReply",
    description = "A message in a query's thread: the platform's answer, or an analyst's follow-up")
public record QueryReply(
    @NotBlank @Size(max = 4000) @ReadableText @Schema(description = "The message", required = true)
        String message,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The query's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public QueryReply {
    message = TextRules.readable(message);
  }
}
