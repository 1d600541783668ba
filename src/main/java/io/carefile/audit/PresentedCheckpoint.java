package io.carefile.audit;

import io.carefile.common.text.StorableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresentedCheckpoint", description = "A checkpoint a witness or auditor kept")
public record PresentedCheckpoint(
    @Schema(description = "The signed checkpoint note, as published", maxLength = 4096)
        @NotNull
        @Size(max = 4096)
        @StorableText
        String checkpoint) {}
