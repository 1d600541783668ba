package io.carefile.obligation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObligationGeneration", description = "Generate obligations for one period")
public record ObligationGeneration(
    @NotBlank
        @Size(max = 32)
        @Schema(description = "Template code", example = "CSAM-Q", required = true)
        String templateCode,
    @NotNull
        @Schema(
            description = "First day of the period (a month, quarter or year start)",
            example = "2026-07-01",
            required = true)
        LocalDate periodStart) {}
