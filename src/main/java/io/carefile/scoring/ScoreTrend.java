package io.carefile.scoring;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ScoreTrend",
    description = "A platform's scores of one template across its periods, oldest first")
public record ScoreTrend(
    @Schema(description = "Platform id") UUID platformId,
    @Schema(description = "Template code", example = "CSAM-Q") String templateCode,
    @Schema(description = "One per period with a submitted return, oldest first")
        List<ScoreTrendPoint> periods) {

  public ScoreTrend {
    periods = List.copyOf(periods);
  }
}
