package io.carefile.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bands an analyst may give a return: every band but NOT_SCORED, which is no judgement. */
@Schema(name = "OverrideBand", description = "GREEN, AMBER or RED")
public enum OverrideBand {
  GREEN(ScoreBand.GREEN),
  AMBER(ScoreBand.AMBER),
  RED(ScoreBand.RED);

  private final ScoreBand band;

  OverrideBand(ScoreBand band) {
    this.band = band;
  }

  public ScoreBand band() {
    return band;
  }
}
