package io.carefile.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The band of a return's total score; NOT_SCORED when no indicator could be scored. */
@Schema(
    name = "ScoreBand",
    description =
        "GREEN from carefile.scoring.green-from, AMBER from carefile.scoring.amber-from, RED below;"
            + " NOT_SCORED when no indicator could be scored")
public enum ScoreBand {
  GREEN,
  AMBER,
  RED,
  NOT_SCORED
}
