package io.carefile.portal.benchmark;

import io.carefile.common.paging.PageRequest;
import io.carefile.scoring.BenchmarkFilter;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.PeerScore;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Test-only endpoint answering what the benchmark pages' named reads give the caller for a CSAM-Q
 * period, asked for by anyone: the scored periods ({@link BenchmarkService#scoredPeriods}) and the
 * platforms of the returns in the period's map ({@link BenchmarkService#scores}), which only the
 * regulator's page shows.
 */
@Path("/api/v1/test-support/benchmark-reads/{periodStart}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkReadsProbe {

  private final BenchmarkService benchmarks;

  BenchmarkReadsProbe(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @GET
  @RolesAllowed("**")
  public Map<String, List<String>> reads(@PathParam("periodStart") LocalDate periodStart) {
    BenchmarkFilter filter = new BenchmarkFilter();
    filter.templateCode = "CSAM-Q";
    filter.periodStart = periodStart;
    return Map.of(
        "periods",
        benchmarks.scoredPeriods("CSAM-Q", 1000).stream().map(LocalDate::toString).toList(),
        "platforms",
        benchmarks.scores(filter, PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
            .map(PeerScore::platformId)
            .map(String::valueOf)
            .toList());
  }
}
