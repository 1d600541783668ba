package io.carefile.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Filing", description = "A return for one obligation: its draft and versions")
public record FilingView(
    @Schema(description = "Filing id") UUID id,
    @Schema(description = "The platform filing") UUID platformId,
    @Schema(description = "The obligation it answers") UUID obligationId,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "Template version") int templateVersion,
    @Schema(description = "First day of the period") LocalDate periodStart,
    @Schema(description = "Last day of the period") LocalDate periodEnd,
    @Schema(description = "Last day to file on time (Europe/London)") LocalDate dueDate,
    @Schema(description = "DRAFT, SUBMITTED, UNDER_REVIEW, QUERIED, ACCEPTED or REJECTED")
        FilingStatus status,
    @Schema(description = "Number of the latest submitted version; 0 before the first")
        int latestVersion,
    @Schema(
            description =
                "The latest version the regulator accepted; absent while none is. An amendment of"
                    + " an accepted return leaves it until the amendment is accepted in turn")
        Integer acceptedVersion,
    @Schema(description = "The open draft, if any") Draft draft,
    @Schema(description = "Submitted versions, oldest first") List<VersionSummary> versions,
    @Schema(description = "Version for optimistic locking") long version) {}
