package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BenchmarkSnapshotRequest",
    description = "Freeze a peer group's benchmark as it is now, with the digests of its inputs")
public record BenchmarkSnapshotRequest(
    @NotBlank
        @Size(max = 32)
        @Schema(description = "Template code", example = "CSAM-Q", required = true, maxLength = 32)
        String templateCode,
    @NotNull
        @Schema(
            description = "First day of the template's period",
            example = "2026-01-01",
            required = true)
        LocalDate periodStart,
    @Schema(description = "Only platforms of this category; absent for any")
        PlatformCategory category,
    @Size(max = 32)
        @Schema(
            description = "Only platforms of this size band; absent for any",
            example = "34m-and-over",
            maxLength = 32)
        String sizeBand) {}
