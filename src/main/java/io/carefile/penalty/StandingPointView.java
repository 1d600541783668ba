package io.carefile.penalty;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StandingPoint", description = "A late-filing point standing on the day")
public record StandingPointView(
    @Schema(description = "The accession number of the late original submission that earned it")
        String accessionNumber,
    @Schema(description = "The day it was earned (Europe/London)") LocalDate earnedOn,
    @Schema(
            description =
                "The first day it no longer stands; absent while the tally is at the threshold,"
                    + " when the points stand until resetOn")
        LocalDate expiresOn) {

  static StandingPointView of(StandingPoint point) {
    return new StandingPointView(
        point.earnedBy().reference(), point.earnedBy().submittedOn(), point.expiresOn());
  }
}
