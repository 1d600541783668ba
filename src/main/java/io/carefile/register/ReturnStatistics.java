package io.carefile.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RegisterReturnStatistics",
    description =
        "Returns due before today for one template, period and category. A figure counted over"
            + " fewer than minCohort platforms is withheld (null), with the reason")
public record ReturnStatistics(
    @Schema(description = "The return template") String templateCode,
    @Schema(description = "The period's first day") LocalDate periodStart,
    @Schema(description = "The period's last day") LocalDate periodEnd,
    @Schema(description = "The platforms' category, as they are categorised now") String category,
    @Schema(description = "Whether the row's figures are withheld") boolean withheld,
    @Schema(description = "Why figures are withheld: the row's, or only its scores'")
        String withheldReason,
    @Schema(description = "Platforms that had to file") Long platforms,
    @Schema(description = "Returns due (obligations not waived)") Long returnsDue,
    @Schema(description = "Returns filed") Long returnsFiled,
    @Schema(description = "Returns first filed after their due date") Long filedLate,
    @Schema(description = "Returns filed on time, per cent of returns due, one decimal")
        BigDecimal onTimeRate,
    @Schema(description = "Whether the score figures are withheld") boolean scoresWithheld,
    @Schema(description = "Returns with a score") Long scoredReturns,
    @Schema(description = "The median score (latest submitted versions), two decimals")
        BigDecimal medianScore,
    @Schema(description = "Returns in the GREEN band") Long green,
    @Schema(description = "Returns in the AMBER band") Long amber,
    @Schema(description = "Returns in the RED band") Long red) {}
