package io.carefile.penalty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The penalty a decision imposes, or a calculation previewed: exactly one of a calculated
 * (revenue-based) penalty's inputs and a daily-rate penalty's.
 */
@Schema(
    name = "PenaltyImposition",
    description =
        "Exactly one of calculated (seriousness, revenues, factors, uplift, discount) and"
            + " dailyRate (an amount per day of continuing breach); amounts are"
            + " {amount, currency} with the amount an exact decimal")
public record PenaltyImposition(
    @Schema(description = "A penalty calculated from seriousness and revenue")
        PenaltyInput calculated,
    @Schema(description = "A penalty of an amount per day of continuing breach")
        DailyPenaltyInput dailyRate) {}
