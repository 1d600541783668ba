package io.carefile.register;

import io.carefile.penalty.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishedPenalty", description = "The penalty a published decision imposed")
public record PublishedPenalty(
    @Schema(description = "CALCULATED (from revenue, within the statutory cap) or DAILY_RATE")
        String kind,
    @Schema(description = "The penalty imposed, exact") Money amount,
    @Schema(description = "Whether it was withdrawn since (on appeal, or by the regulator)")
        boolean withdrawn) {}
