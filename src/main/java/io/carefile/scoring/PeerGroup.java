package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A peer group: the returns of one template for one period, of platforms in a category, a size band
 * of UK users, both, or (neither given) all of them. Each return belongs to the group its latest
 * submitted version's score recorded: the platform's category and size band at that submission.
 */
@Schema(name = "PeerGroup", description = "Returns of one template and period in one peer group")
public record PeerGroup(
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "First day of the period", example = "2026-01-01") LocalDate periodStart,
    @Schema(description = "Platforms of this category; absent for any category")
        PlatformCategory category,
    @Schema(
            description = "Platforms of this size band of UK users; absent for any size",
            example = "34m-and-over")
        String sizeBand) {}
