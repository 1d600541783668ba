package io.carefile.portal.benchmark;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.NumberFormats;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.carefile.portal.shared.charts.ChartTitle;
import io.carefile.portal.shared.charts.HeatMap;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.IndicatorScore;
import io.carefile.scoring.PeerScore;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreExport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The regulator's map of platforms by indicators for one template and period (optionally one
 * category): each platform's latest submitted return a row, each indicator a column, each cell the
 * points it earned, lowest total first, a page of rows at a time. Each platform leads to its
 * return. The scores are the scoring feature's; platform users are refused (403).
 */
@Path(PortalRoutes.INDICATOR_HEAT_MAP)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IndicatorHeatMapPage {

  /** Rows on one page of the map. */
  static final int PAGE_SIZE = 25;

  private final BenchmarkChoices choices;
  private final BenchmarkService benchmarks;
  private final Exports exports;
  private final ScoreExport scoreExport;
  private final PlatformService platforms;
  private final BenchmarkMessages words;
  private final PortalMessages portalWords;

  IndicatorHeatMapPage(
      BenchmarkChoices choices,
      BenchmarkService benchmarks,
      Exports exports,
      ScoreExport scoreExport,
      PlatformService platforms,
      BenchmarkMessages words,
      PortalMessages portalWords) {
    this.choices = choices;
    this.benchmarks = benchmarks;
    this.exports = exports;
    this.scoreExport = scoreExport;
    this.platforms = platforms;
    this.words = words;
    this.portalWords = portalWords;
  }

  /** One platform's return in the map. */
  public record Row(
      String platform, UUID filingId, PlatformCategory category, String total, ScoreBand band) {}

  /**
   * One page of the map, with the links to the pages before and after it.
   *
   * @param showing which rows of how many this page shows; null when it shows none
   */
  public record PointsMap(
      String caption,
      HeatMap chart,
      List<Row> rows,
      String showing,
      PageLinks pageLinks,
      String benchmarks,
      String spreadsheet) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance heatMap(String title, BenchmarkQuery query, PointsMap map);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance heatMap(
      @QueryParam("templateCode") String templateCode,
      @QueryParam("periodStart") String periodStart,
      @QueryParam("category") String category,
      @QueryParam("page") String page) {
    BenchmarkQuery query = choices.read(templateCode, periodStart, category, null);
    if (!query.ready()) {
      return page(query, null);
    }
    try {
      return page(query, mapOf(query, PageLinks.requested(page)));
    } catch (ProblemException e) {
      return page(query.withErrors(choices.refusal(e)), null);
    }
  }

  /**
   * Every row of the map (not one page) as a workbook of scores, with their bands after overrides;
   * a query the page would refuse goes back to the map, which shows why.
   */
  @GET
  @Path(PortalRoutes.SPREADSHEET)
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.REGULATOR)
  public Response spreadsheet(
      @QueryParam("templateCode") String templateCode,
      @QueryParam("periodStart") String periodStart,
      @QueryParam("category") String category) {
    BenchmarkQuery query = choices.read(templateCode, periodStart, category, null);
    URI map =
        BenchmarkQuery.asSent(
            PortalRoutes.INDICATOR_HEAT_MAP, templateCode, periodStart, category, null);
    if (!query.ready()) {
      return Response.seeOther(map).build();
    }
    try {
      return SpreadsheetDownloads.of(
          exports.spreadsheet(scoreExport, query.filter(query.category(), null)));
    } catch (ProblemException e) {
      return Response.seeOther(map).build();
    }
  }

  private TemplateInstance page(BenchmarkQuery query, PointsMap map) {
    String title = words.heatTitle();
    return Templates.heatMap(query.hasErrors() ? portalWords.errorTitle(title) : title, query, map);
  }

  private PointsMap mapOf(BenchmarkQuery query, int pageNumber) {
    Page<PeerScore> page =
        benchmarks.scores(
            query.filter(query.category(), null), PageRequest.of(pageNumber, PAGE_SIZE));
    Map<UUID, String> names =
        platforms.namesOf(
            page.items().stream().map(PeerScore::platformId).collect(Collectors.toSet()));
    Map<String, String> indicators = new LinkedHashMap<>();
    page.items()
        .forEach(
            score ->
                score
                    .indicators()
                    .forEach(
                        indicator -> indicators.putIfAbsent(indicator.code(), indicator.title())));
    List<String> rowNames = new ArrayList<>();
    List<List<Integer>> points = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (PeerScore score : page.items()) {
      String name = names.getOrDefault(score.platformId(), String.valueOf(score.platformId()));
      rowNames.add(name);
      Map<String, Integer> earned = new LinkedHashMap<>();
      for (IndicatorScore indicator : score.indicators()) {
        if (indicator.scored()) {
          earned.put(indicator.code(), indicator.points());
        }
      }
      points.add(indicators.keySet().stream().map(earned::get).toList());
      rows.add(
          new Row(
              name,
              score.filingId(),
              score.category(),
              score.total() == null ? null : NumberFormats.formatted(score.total()),
              score.band()));
    }
    HeatMap chart =
        HeatMap.of(
            new ChartTitle(
                "platform-points",
                words.heatChartTitle(),
                words.heatSummary(rowNames.size(), indicators.size())),
            words.heatCorner(),
            rowNames,
            List.copyOf(indicators.values()),
            points,
            words.heatNotScored());
    long first = page.items().isEmpty() ? 0 : (long) (page.page() - 1) * page.size() + 1;
    return new PointsMap(
        words.benchmarksCaption(query.templateTitle(), query.periodName()),
        chart,
        List.copyOf(rows),
        page.items().isEmpty()
            ? null
            : words.heatShowing(first, first + page.items().size() - 1, page.totalItems()),
        PageLinks.of(page, number -> link(query).queryParam("page", number).build().toString()),
        UriBuilder.fromPath(PortalRoutes.BENCHMARKS)
            .queryParam("templateCode", query.templateCode())
            .queryParam("periodStart", query.periodStart())
            .build()
            .toString(),
        link(query)
            .replacePath(PortalRoutes.INDICATOR_HEAT_MAP + PortalRoutes.SPREADSHEET)
            .build()
            .toString());
  }

  private static UriBuilder link(BenchmarkQuery query) {
    UriBuilder link =
        UriBuilder.fromPath(PortalRoutes.INDICATOR_HEAT_MAP)
            .queryParam("templateCode", query.templateCode())
            .queryParam("periodStart", query.periodStart());
    if (query.category() != null) {
      link.queryParam("category", query.category().name());
    }
    return link;
  }
}
