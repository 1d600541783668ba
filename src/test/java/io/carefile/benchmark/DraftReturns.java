package io.carefile.benchmark;

import io.carefile.benchmark.BenchmarkPlatforms.Platform;
import io.carefile.template.ReturnSamples;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Drafts ready to submit, made as on a deadline day: the regulator generates a quarter's CSAM-Q
 * obligations for every active platform, and each platform starts its return through the API with a
 * complete, valid set of values. Each call takes quarters no earlier call used, so no two runs of
 * the benchmark share a filing.
 */
final class DraftReturns {

  /** A filing with an open draft, and the platform whose attestor submits it. */
  record Draft(UUID filingId, Platform platform) {}

  private final CarefileApi api;
  private final DataSource dataSource;
  private final Supplier<String> regulatorToken;
  private final List<Platform> platforms;
  private final int threads;
  private LocalDate nextQuarter = LocalDate.of(2300, 1, 1);

  DraftReturns(
      CarefileApi api,
      DataSource dataSource,
      Supplier<String> regulatorToken,
      List<Platform> platforms,
      int threads) {
    this.api = api;
    this.dataSource = dataSource;
    this.regulatorToken = regulatorToken;
    this.platforms = platforms;
    this.threads = threads;
  }

  /** {@code count} drafts: one per platform per quarter, over as many fresh quarters as needed. */
  List<Draft> prepare(int count) {
    List<Map.Entry<Platform, UUID>> obligations = new ArrayList<>(count);
    while (obligations.size() < count) {
      LocalDate quarter = nextQuarter;
      nextQuarter = nextQuarter.plusMonths(3);
      api.post(
          "/api/v1/obligations/generation",
          regulatorToken.get(),
          Map.of("templateCode", "CSAM-Q", "periodStart", quarter.toString()),
          200);
      Map<UUID, UUID> byPlatform = obligationsOf(quarter);
      for (Platform platform : platforms) {
        if (obligations.size() == count) {
          break;
        }
        obligations.add(Map.entry(platform, byPlatform.get(platform.id())));
      }
    }
    Map<String, Object> values = ReturnSamples.csamQuarter();
    return Parallel.map(
        obligations,
        threads,
        obligation -> {
          var filing =
              api.post(
                  "/api/v1/filings",
                  obligation.getKey().token(),
                  Map.of("obligationId", obligation.getValue(), "values", values),
                  201);
          return new Draft(UUID.fromString(filing.path("id").asText()), obligation.getKey());
        });
  }

  private Map<UUID, UUID> obligationsOf(LocalDate quarter) {
    Map<UUID, UUID> byPlatform = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select platform_id, id from obligation"
                    + " where template_code = 'CSAM-Q' and period_start = ?")) {
      query.setDate(1, Date.valueOf(quarter));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byPlatform.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the obligations of " + quarter, e);
    }
    return byPlatform;
  }
}
