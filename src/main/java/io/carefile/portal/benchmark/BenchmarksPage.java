package io.carefile.portal.benchmark;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.NumberFormats;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SizeBandNames;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.carefile.portal.shared.charts.BoxGroup;
import io.carefile.portal.shared.charts.BoxPlot;
import io.carefile.portal.shared.charts.ChartTitle;
import io.carefile.portal.shared.charts.Distribution;
import io.carefile.portal.shared.charts.LinearScale;
import io.carefile.scoring.BenchmarkCalculator;
import io.carefile.scoring.BenchmarkDistribution;
import io.carefile.scoring.BenchmarkExport;
import io.carefile.scoring.BenchmarkMeasure;
import io.carefile.scoring.BenchmarkOutlier;
import io.carefile.scoring.BenchmarkOutlierSide;
import io.carefile.scoring.BenchmarkPosition;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.BenchmarkStanding;
import io.carefile.scoring.BenchmarkView;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreTrendPoint;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Peer benchmarks of one template and period: the spread of total scores in each category as a box
 * plot, and of the total and each indicator over the whole group (everyone, or one size band) as a
 * table. Regulators see every group, small ones marked, and the outliers named; a platform's people
 * see what the benchmark service shows them (nothing of a group below k) and where their own return
 * stands. Every figure is the service's; this page computes none.
 */
@Path(PortalRoutes.BENCHMARKS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BenchmarksPage {

  private static final LinearScale SCORES =
      LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25));

  private final BenchmarkChoices choices;
  private final BenchmarkService benchmarks;
  private final Exports exports;
  private final BenchmarkExport benchmarkExport;
  private final PlatformService platforms;
  private final SizeBandNames sizeBandNames;
  private final Caller caller;
  private final BenchmarkMessages words;
  private final PortalMessages portalWords;

  BenchmarksPage(
      BenchmarkChoices choices,
      BenchmarkService benchmarks,
      Exports exports,
      BenchmarkExport benchmarkExport,
      PlatformService platforms,
      SizeBandNames sizeBandNames,
      Caller caller,
      BenchmarkMessages words,
      PortalMessages portalWords) {
    this.choices = choices;
    this.benchmarks = benchmarks;
    this.exports = exports;
    this.benchmarkExport = benchmarkExport;
    this.platforms = platforms;
    this.sizeBandNames = sizeBandNames;
    this.caller = caller;
    this.words = words;
    this.portalWords = portalWords;
  }

  /**
   * One measure of the group (the total, or an indicator): its figures as the page writes them, or
   * why there are none; and, for a platform, its own return's value and percentile.
   */
  public record MeasureRow(
      String code,
      String title,
      String note,
      String platforms,
      String p5,
      String p25,
      String median,
      String p75,
      String p95,
      String outliers,
      String ownValue,
      String ownPercentile) {

    public boolean shown() {
      return note == null;
    }
  }

  /** Where the platform's return stands in one group: its percentile, or why it is not shown. */
  public record Standing(String group, String percentile, String note) {}

  /** The platform's own return in this period and its standings. */
  public record Own(UUID filingId, String total, ScoreBand band, List<Standing> standings) {}

  /** A return beyond Tukey's fences on one measure, named: regulators only. */
  public record OutlierRow(
      String measure, String platform, UUID filingId, String value, BenchmarkOutlierSide side) {}

  /** Everything the page shows of a group. */
  public record Benchmarks(
      String caption,
      String groupName,
      int minCohort,
      BoxPlot categories,
      boolean groupWithheld,
      Integer cohortSize,
      boolean smallCohort,
      List<MeasureRow> measures,
      boolean placed,
      Own own,
      List<OutlierRow> outliers,
      String heatMap,
      String spreadsheet) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance benchmarks(
        String title, BenchmarkQuery query, boolean regulator, Benchmarks benchmarks);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance benchmarks(
      @QueryParam("templateCode") String templateCode,
      @QueryParam("periodStart") String periodStart,
      @QueryParam("sizeBand") String sizeBand) {
    BenchmarkQuery query = choices.read(templateCode, periodStart, null, sizeBand);
    if (!query.ready()) {
      return page(query, null);
    }
    try {
      return page(query, benchmarksOf(query));
    } catch (ProblemException e) {
      return page(query.withErrors(choices.refusal(e)), null);
    }
  }

  /**
   * The group's benchmark as shown, as a workbook; a query the page would refuse goes back to the
   * page, which shows why.
   */
  @GET
  @Path(PortalRoutes.SPREADSHEET)
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.ANY_ROLE)
  public Response spreadsheet(
      @QueryParam("templateCode") String templateCode,
      @QueryParam("periodStart") String periodStart,
      @QueryParam("sizeBand") String sizeBand) {
    BenchmarkQuery query = choices.read(templateCode, periodStart, null, sizeBand);
    URI benchmarksPage =
        BenchmarkQuery.asSent(PortalRoutes.BENCHMARKS, templateCode, periodStart, null, sizeBand);
    if (!query.ready()) {
      return Response.seeOther(benchmarksPage).build();
    }
    try {
      return SpreadsheetDownloads.of(
          exports.spreadsheet(benchmarkExport, query.filter(null, query.sizeBand())));
    } catch (ProblemException e) {
      return Response.seeOther(benchmarksPage).build();
    }
  }

  private TemplateInstance page(BenchmarkQuery query, Benchmarks shown) {
    String title = words.benchmarksTitle();
    return Templates.benchmarks(
        query.hasErrors() ? portalWords.errorTitle(title) : title,
        query,
        caller.isRegulator(),
        shown);
  }

  private Benchmarks benchmarksOf(BenchmarkQuery query) {
    boolean regulator = caller.isRegulator();
    String sizeBand = query.sizeBand();
    // First the whole group: it checks the template, period and size band for the rest.
    BenchmarkView group = benchmarks.benchmark(query.filter(null, sizeBand));
    int k = group.minCohort();
    Optional<ScoreTrendPoint> own = regulator ? Optional.empty() : ownReturn(query);
    Optional<BenchmarkPosition> inCategory =
        own.flatMap(
            point ->
                benchmarks.position(point.filingId(), query.filter(point.category(), sizeBand)));
    Optional<BenchmarkPosition> inGroup =
        own.flatMap(point -> benchmarks.position(point.filingId(), query.filter(null, sizeBand)));

    List<BoxGroup> boxes = new ArrayList<>();
    for (PlatformCategory category : PlatformCategory.values()) {
      BenchmarkView view = benchmarks.benchmark(query.filter(category, sizeBand));
      BigDecimal highlight =
          inCategory
              .filter(position -> position.group().category() == category)
              .filter(position -> !position.suppressed() && position.total() != null)
              .map(position -> position.total().value())
              .orElse(null);
      boxes.add(box(category, view, highlight, k));
    }
    long withheld = boxes.stream().filter(box -> box.distribution() == null).count();
    BoxPlot categories =
        BoxPlot.of(
            new ChartTitle("category-totals", words.boxTitle(), words.boxSummary(withheld)),
            SCORES,
            boxes,
            words.yourReturn());

    String groupName = groupName(null, sizeBand);
    Map<String, BenchmarkStanding> ownStandings =
        inGroup.filter(position -> !position.suppressed()).stream()
            .flatMap(
                position ->
                    Stream.concat(Stream.of(position.total()), position.indicators().stream()))
            .collect(Collectors.toMap(BenchmarkStanding::code, Function.identity()));
    List<MeasureRow> measures =
        group.suppressed()
            ? List.of()
            : Stream.concat(Stream.of(group.total()), group.indicators().stream())
                .map(
                    measure ->
                        measureRow(measure, ownStandings.get(measure.code()), k, own.isPresent()))
                .toList();

    return new Benchmarks(
        words.benchmarksCaption(query.templateTitle(), query.periodName()),
        groupName,
        k,
        categories,
        group.suppressed(),
        group.cohortSize(),
        group.smallCohort(),
        measures,
        own.isPresent(),
        own.map(point -> own(point, inCategory, inGroup, k)).orElse(null),
        regulator ? outliers(group) : List.of(),
        regulator
            ? UriBuilder.fromPath(PortalRoutes.INDICATOR_HEAT_MAP)
                .queryParam("templateCode", query.templateCode())
                .queryParam("periodStart", query.periodStart())
                .build()
                .toString()
            : null,
        linkWith(PortalRoutes.BENCHMARKS + PortalRoutes.SPREADSHEET, query));
  }

  private static String linkWith(String path, BenchmarkQuery query) {
    UriBuilder link =
        UriBuilder.fromPath(path)
            .queryParam("templateCode", query.templateCode())
            .queryParam("periodStart", query.periodStart());
    if (query.sizeBand() != null) {
      link.queryParam("sizeBand", query.sizeBand());
    }
    return link.build().toString();
  }

  /** The caller's platform's return of the template for the period, if it has submitted one. */
  private Optional<ScoreTrendPoint> ownReturn(BenchmarkQuery query) {
    return benchmarks.trend(caller.platformId(), query.templateCode()).periods().stream()
        .filter(point -> point.periodStart().equals(query.periodStart()))
        .findFirst();
  }

  private BoxGroup box(PlatformCategory category, BenchmarkView view, BigDecimal highlight, int k) {
    if (view.suppressed()) {
      return BoxGroup.withheld(words.boxCategory(category, null, false, k), words.groupWithheld(k));
    }
    if (view.cohortSize() == 0) {
      return BoxGroup.withheld(words.boxCategory(category, null, false, k), words.noReturns());
    }
    String label = words.boxCategory(category, view.cohortSize(), view.smallCohort(), k);
    BenchmarkMeasure total = view.total();
    if (total.suppressed()) {
      return BoxGroup.withheld(label, words.totalWithheld(k));
    }
    if (total.distribution() == null) {
      return BoxGroup.withheld(label, words.noTotals());
    }
    List<BigDecimal> outliers =
        total.outliers() == null
            ? List.of()
            : total.outliers().stream().map(BenchmarkOutlier::value).toList();
    return BoxGroup.of(label, distribution(total.distribution()), outliers, highlight);
  }

  private static Distribution distribution(BenchmarkDistribution d) {
    return new Distribution(d.p5(), d.p25(), d.median(), d.p75(), d.p95());
  }

  private MeasureRow measureRow(
      BenchmarkMeasure measure, BenchmarkStanding own, int k, boolean placed) {
    String title = measure.title() == null ? measure.code() : measure.title();
    String ownValue = null;
    String ownPercentile = null;
    if (placed) {
      ownValue =
          own == null || !own.scored()
              ? words.ownNotScored()
              : NumberFormats.formatted(valueOf(measure.code(), own.value()));
      ownPercentile =
          own == null || own.percentile() == null
              ? words.notShown()
              : NumberFormats.formatted(own.percentile());
    }
    if (measure.suppressed()) {
      return new MeasureRow(
          measure.code(),
          title,
          words.measureWithheld(k),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          ownValue,
          ownPercentile);
    }
    BenchmarkDistribution d = measure.distribution();
    if (d == null) {
      return new MeasureRow(
          measure.code(),
          title,
          words.noValues(),
          NumberFormats.formatted(measure.cohortSize()),
          null,
          null,
          null,
          null,
          null,
          null,
          ownValue,
          ownPercentile);
    }
    return new MeasureRow(
        measure.code(),
        title,
        null,
        NumberFormats.formatted(measure.cohortSize()),
        NumberFormats.formatted(d.p5()),
        NumberFormats.formatted(d.p25()),
        NumberFormats.formatted(d.median()),
        NumberFormats.formatted(d.p75()),
        NumberFormats.formatted(d.p95()),
        NumberFormats.formatted(measure.outlierCount()),
        ownValue,
        ownPercentile);
  }

  private Own own(
      ScoreTrendPoint point,
      Optional<BenchmarkPosition> inCategory,
      Optional<BenchmarkPosition> inGroup,
      int k) {
    List<Standing> standings = new ArrayList<>();
    inCategory.ifPresent(position -> standings.add(standing(position, k)));
    inGroup.ifPresent(position -> standings.add(standing(position, k)));
    return new Own(
        point.filingId(),
        point.total() == null ? null : NumberFormats.formatted(point.total()),
        point.band(),
        List.copyOf(standings));
  }

  private Standing standing(BenchmarkPosition position, int k) {
    String group = groupName(position.group().category(), position.group().sizeBand());
    if (position.suppressed()) {
      return new Standing(group, null, words.groupWithheld(k));
    }
    BenchmarkStanding total = position.total();
    if (total.suppressed()) {
      return new Standing(group, null, words.totalWithheld(k));
    }
    if (!total.scored() || total.percentile() == null) {
      return new Standing(group, null, words.ownNotScored());
    }
    String percentile = NumberFormats.formatted(total.percentile());
    return new Standing(
        group, percentile, total.outlier() == null ? null : words.ownOutlier(total.outlier()));
  }

  /** The named outliers of the group's measures (regulators). */
  private List<OutlierRow> outliers(BenchmarkView group) {
    List<BenchmarkMeasure> measures =
        Stream.concat(Stream.of(group.total()), group.indicators().stream())
            .filter(measure -> measure.outliers() != null && !measure.outliers().isEmpty())
            .toList();
    Map<UUID, String> names =
        platforms.namesOf(
            measures.stream()
                .flatMap(measure -> measure.outliers().stream())
                .map(BenchmarkOutlier::platformId)
                .collect(Collectors.toSet()));
    List<OutlierRow> rows = new ArrayList<>();
    for (BenchmarkMeasure measure : measures) {
      for (BenchmarkOutlier outlier : measure.outliers()) {
        rows.add(
            new OutlierRow(
                measure.title() == null ? measure.code() : measure.title(),
                names.getOrDefault(outlier.platformId(), String.valueOf(outlier.platformId())),
                outlier.filingId(),
                NumberFormats.formatted(valueOf(measure.code(), outlier.value())),
                outlier.side()));
      }
    }
    return List.copyOf(rows);
  }

  /**
   * A return's value of a measure as the page writes it: a total as scored (89.58), an indicator's
   * value without the trailing zeros its decimal carries from the stored number (2, not 2.0).
   */
  private static BigDecimal valueOf(String measure, BigDecimal value) {
    if (BenchmarkCalculator.TOTAL.equals(measure)) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private String groupName(PlatformCategory category, String sizeBand) {
    return words.groupName(category, sizeBand == null ? null : sizeBandNames.nameOf(sizeBand));
  }
}
