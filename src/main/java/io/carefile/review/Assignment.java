package io.carefile.review;

import io.carefile.common.text.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewAssignment",
    description = "Allocate a return to an analyst: yourself, or another regulator analyst")
public record Assignment(
    @NotBlank
        @Size(max = 255)
        @StorableText
        @Schema(
            description =
                "The analyst's username: an enabled Keycloak user holding regulator-analyst",
            example = "regulator-analyst",
            required = true)
        String assignee,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The review's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {

  public Assignment {
    assignee = assignee == null ? null : assignee.strip();
  }
}
