package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PointsStanding", description = "A platform's late-filing points of one period type")
public record PointsStandingView(
    @Schema(description = "The tally's period type (the templates' periodType)")
        PeriodType periodType,
    @Schema(description = "The points standing on the day") int points,
    @Schema(description = "The points at which a fixed penalty is issued") int threshold,
    @Schema(description = "Whether the tally is at the threshold") boolean atThreshold,
    @Schema(
            description =
                "At the threshold, the first day the tally is 0 unless a return is late before it")
        LocalDate resetOn,
    @Schema(description = "Each point standing, oldest first") List<StandingPointView> standing) {

  static PointsStandingView of(PointsStanding standing) {
    return new PointsStandingView(
        standing.periodType(),
        standing.points(),
        standing.threshold(),
        standing.atThreshold(),
        standing.resetOn(),
        standing.standing().stream().map(StandingPointView::of).toList());
  }
}
