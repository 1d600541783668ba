package io.carefile.portal.filing;

import io.carefile.scoring.ScoringService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * Test-only endpoint answering what {@link ScoringService#scoresOf} gives the caller for a
 * platform's CSAM-Q returns, as {@code filingId/version}, oldest first: the read the return pages'
 * trend is drawn from, asked for any platform.
 */
@Path("/api/v1/test-support/platform-scores/{platformId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlatformScoresProbe {

  private final ScoringService scoring;

  PlatformScoresProbe(ScoringService scoring) {
    this.scoring = scoring;
  }

  @GET
  @RolesAllowed("**")
  public List<String> scores(@PathParam("platformId") UUID platformId) {
    return scoring.scoresOf(platformId, "CSAM-Q").stream()
        .map(score -> score.filingId() + "/" + score.versionNumber())
        .toList();
  }
}
