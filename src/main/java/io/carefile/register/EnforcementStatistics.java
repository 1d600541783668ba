package io.carefile.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RegisterEnforcementStatistics",
    description =
        "Enforcement cases opened in one year (Europe/London) against platforms of one category."
            + " The counts of cases are withheld (null) when fewer than minCohort platforms had"
            + " one; published decisions are public and always counted")
public record EnforcementStatistics(
    @Schema(description = "The year cases were opened") int year,
    @Schema(description = "The platforms' category, as they are categorised now") String category,
    @Schema(description = "Whether the counts of cases are withheld") boolean withheld,
    @Schema(description = "Why they are withheld") String withheldReason,
    @Schema(description = "Cases opened") Long casesOpened,
    @Schema(description = "Cases ended by a confirmation decision") Long confirmed,
    @Schema(description = "Cases closed without action") Long closedNoAction,
    @Schema(description = "Decisions published on the register") long published) {}
