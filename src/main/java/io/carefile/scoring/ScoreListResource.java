package io.carefile.scoring;

import io.carefile.common.openapi.ApiDocumentFilter;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.export.SpreadsheetResponses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scores")
@Authenticated
@Tag(name = "Scores")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreListResource {

  private static final String BAD_FILTER =
      "invalid-request (a missing or malformed parameter), unknown-template-code, invalid-period"
          + " (periodStart starts no period of the template), unknown-size-band";

  private final ScoreRegister scores;
  private final Exports exports;
  private final ScoreExport scoreExport;

  ScoreListResource(ScoreRegister scores, Exports exports, ScoreExport scoreExport) {
    this.scores = scores;
    this.exports = exports;
    this.scoreExport = scoreExport;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The scores of a peer group",
      description =
          "For one template, period and peer group (as GET /api/v1/benchmarks takes it), each"
              + " return's latest submitted score, lowest total first (not scored last), with its"
              + " computed band and the band that counts after an analyst's override."
              + " Regulators see every platform's; platform users their own platform's only.")
  @APIResponse(responseCode = "200", description = "A page of scores")
  @APIResponse(responseCode = "400", description = BAD_FILTER)
  public Page<ScoreSummary> list(
      @Valid @BeanParam BenchmarkFilter filter, @Valid @BeanParam PageRequest page) {
    return scores.list(filter, page);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export the scores of a peer group as a spreadsheet",
      description = "Every score the filters match (not one page), in the caller's scope.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  @APIResponse(responseCode = "400", description = BAD_FILTER)
  public Response listAsSpreadsheet(@Valid @BeanParam BenchmarkFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(scoreExport, filter));
  }
}
