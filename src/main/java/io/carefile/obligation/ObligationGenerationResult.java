package io.carefile.obligation;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObligationGenerationResult")
public record ObligationGenerationResult(
    @Schema(description = "Template code") String templateCode,
    @Schema(description = "Template version the new obligations name") int templateVersion,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "Last day of the period") LocalDate periodEnd,
    @Schema(description = "Due date of the period's obligations") LocalDate dueDate,
    @Schema(description = "Obligations created by this run") int created,
    @Schema(description = "Obligations that already existed") int alreadyExisting) {}
