package io.carefile.penalty;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Whose penalty points: {@code ?platformId=…}, required for regulators. */
public class PenaltyPointsFilter {

  @QueryParam("platformId")
  @Parameter(
      description =
          "The platform: required for regulators; a platform's own callers may leave it out (any"
              + " other platform's answers 404)")
  public UUID platformId;
}
