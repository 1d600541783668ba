package io.carefile.review;

import io.carefile.filing.FilingStatus;
import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return in the regulator's review queue. */
@Schema(name = "ReviewItem", description = "A submitted return in the regulator's review queue")
public record ReviewItem(
    @Schema(description = "Filing id") UUID filingId,
    @Schema(description = "Platform id") UUID platformId,
    @Schema(description = "The platform's trading name, else its legal name") String platformName,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "Template version", example = "1") int templateVersion,
    @Schema(description = "First day of the period the return covers") LocalDate periodStart,
    @Schema(description = "The platform's category when the latest version was submitted")
        PlatformCategory category,
    @Schema(description = "The return's status") FilingStatus status,
    @Schema(description = "The latest submitted version") int latestVersion,
    @Schema(description = "The band that counts: computed, or an analyst's override")
        ScoreBand band,
    @Schema(description = "Whether an analyst overrode the computed band") boolean bandOverridden,
    @Schema(description = "The latest version's total score, 0 to 100; absent when not scored")
        BigDecimal total,
    @Schema(
            description =
                "The total of the platform's latest earlier period of this template; absent when"
                    + " there is none or it was not scored")
        BigDecimal previousTotal,
    @Schema(
            description =
                "previousTotal minus total: how far the score fell (negative when it rose);"
                    + " absent when either is")
        BigDecimal scoreDrop,
    @Schema(description = "Whether the return was submitted late") boolean late,
    @Schema(description = "WARNING findings of the latest version") int warnings,
    @Schema(description = "How many of those the filer explained") int explainedWarnings,
    @Schema(description = "Rule ids of the latest version's findings") List<String> ruleIds,
    @Schema(description = "Risk priority: the higher, the sooner (docs/review.md)") int priority,
    @Schema(description = "What the priority is made of, highest first")
        List<PriorityReason> priorityReasons,
    @Schema(description = "The analyst the return is allocated to; absent when no one")
        String assignee,
    @Schema(description = "When it was allocated to them") Instant assignedAt,
    @Schema(description = "When the latest version was submitted") Instant submittedAt,
    @Schema(description = "Whole days since the latest version was submitted") long ageDays,
    @Schema(description = "Whole hours since the latest version was submitted") long ageHours,
    @Schema(description = "The review's version: send it as expectedVersion") long version) {

  public ReviewItem {
    ruleIds = List.copyOf(ruleIds);
    priorityReasons = List.copyOf(priorityReasons);
  }
}
