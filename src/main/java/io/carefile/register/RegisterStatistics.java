package io.carefile.register;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterStatistics", description = "The register's aggregate figures")
public record RegisterStatistics(
    @Schema(description = "k: the fewest platforms a published figure is counted over")
        int minCohort,
    @Schema(description = "Returns, newest period first") List<ReturnStatistics> returns,
    @Schema(description = "Enforcement, newest year first")
        List<EnforcementStatistics> enforcement) {}
