package io.carefile.portal.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.PageRequest;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingReference;
import io.carefile.filing.FilingView;
import io.carefile.obligation.ObligationFilter;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.platform.PlatformCategory;
import io.carefile.portal.shared.NumberFormats;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.ReturnAnswers;
import io.carefile.portal.shared.SizeBandNames;
import io.carefile.portal.shared.charts.ChartPeriods;
import io.carefile.portal.shared.charts.ChartTitle;
import io.carefile.portal.shared.charts.ChartTone;
import io.carefile.portal.shared.charts.HeatMap;
import io.carefile.portal.shared.charts.LinearScale;
import io.carefile.portal.shared.charts.ReferenceLine;
import io.carefile.portal.shared.charts.TrendChart;
import io.carefile.portal.shared.charts.TrendPoint;
import io.carefile.scoring.BenchmarkPanel;
import io.carefile.scoring.BenchmarkPosition;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.IndicatorScore;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A return's scores as its pages show them: each indicator explained (what it read, its value,
 * band, points and weight, or why it could not be scored), and the platform's scores across its
 * periods of the template as a trend and a heat map of indicator points, and where it stands among
 * its peers. The scores and percentiles are the scoring feature's; nothing here computes one. A
 * period's score is its latest submitted version's.
 */
@ApplicationScoped
public class ReturnScores {

  /** How many periods the charts go back, this return's included. */
  static final int TREND_PERIODS = 12;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringService scoring;
  private final BenchmarkService benchmarks;
  private final SizeBandNames sizeBandNames;
  private final ObligationService obligations;
  private final FilingQueries filingQueries;
  private final ReturnAnswers answers;
  private final ChartPeriods periods;
  private final FilingMessages words;
  private final PortalMessages portalWords;

  ReturnScores(
      ScoringService scoring,
      BenchmarkService benchmarks,
      SizeBandNames sizeBandNames,
      ObligationService obligations,
      FilingQueries filingQueries,
      ReturnAnswers answers,
      ChartPeriods periods,
      FilingMessages words,
      PortalMessages portalWords) {
    this.scoring = scoring;
    this.benchmarks = benchmarks;
    this.sizeBandNames = sizeBandNames;
    this.obligations = obligations;
    this.filingQueries = filingQueries;
    this.answers = answers;
    this.periods = periods;
    this.words = words;
    this.portalWords = portalWords;
  }

  /** Why an indicator could not be scored. */
  public enum NotScored {
    /** An input it reads was left blank. */
    BLANK_INPUT,
    /** Every input was answered, but together they give it no value (a share of nothing). */
    NO_VALUE
  }

  /** One value an indicator read, as the return's pages write it. */
  public record Input(String label, String value) {}

  /** One indicator of a score, explained. */
  public record IndicatorRow(
      String code,
      String title,
      boolean scored,
      List<Input> inputs,
      String value,
      String band,
      Integer points,
      String weight,
      NotScored notScored,
      List<String> blankInputs) {

    /** The blank inputs' labels, quoted: ‘Median hours to removal’, ‘…’. */
    public String blankList() {
      return blankInputs.stream().map(label -> "‘" + label + "’").collect(Collectors.joining(", "));
    }
  }

  /**
   * A version's score and its indicators, explained, with its weights and thresholds as the page
   * writes them.
   */
  public record ScoreDetail(
      ScoreView score,
      List<IndicatorRow> indicators,
      String scoredWeight,
      String greenFrom,
      String amberFrom) {}

  /** The platform's scores across its periods of the return's template. */
  public record History(TrendChart trend, HeatMap indicators) {}

  /**
   * The return's percentile in one of its peer groups (its category, its size band), or why it is
   * not shown.
   */
  public record PeerStanding(
      PlatformCategory category, String sizeBand, String percentile, String note) {}

  /**
   * Where the return's latest submitted version stands among its category's and its size band's
   * returns of the period, as the benchmarks feature places it (withheld below k for a platform);
   * none for a return without a scored submission.
   */
  List<PeerStanding> peersOf(FilingView filing) {
    BenchmarkPanel panel;
    try {
      panel = benchmarks.panel(filing.id());
    } catch (ProblemException e) {
      if (e.is(ProblemType.NOT_FOUND)) {
        return List.of();
      }
      throw e;
    }
    List<PeerStanding> standings = new ArrayList<>();
    for (BenchmarkPosition position : panel.groups()) {
      PlatformCategory category = position.group().category();
      String sizeBand =
          position.group().sizeBand() == null
              ? null
              : sizeBandNames.nameOf(position.group().sizeBand());
      String note = null;
      if (position.suppressed()) {
        note = words.peerWithheld(panel.minCohort());
      } else if (position.total().suppressed()) {
        note = words.peerTotalWithheld(panel.minCohort());
      } else if (position.total().percentile() == null) {
        note = words.peerNotScored();
      }
      standings.add(
          new PeerStanding(
              category,
              sizeBand,
              note == null ? NumberFormats.formatted(position.total().percentile()) : null,
              note));
    }
    return List.copyOf(standings);
  }

  /** The score of a version; none for a version scored by nobody (filed before scores were). */
  Optional<ScoreView> scoreOf(UUID filingId, int version) {
    try {
      return Optional.of(scoring.scoreOf(filingId, version));
    } catch (ProblemException e) {
      if (e.is(ProblemType.NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The scores of the filing's submitted versions, by version number. */
  Map<Integer, ScoreView> byVersion(FilingView filing) {
    return scoring.scoresOf(filing.platformId(), filing.templateCode()).stream()
        .filter(score -> score.filingId().equals(filing.id()))
        .collect(Collectors.toMap(ScoreView::versionNumber, Function.identity()));
  }

  /**
   * The latest scored version of each of these filings, by filing: for lists of returns, reading
   * each template's scores once.
   */
  Map<UUID, ScoreView> latestOf(List<FilingView> filings) {
    Map<UUID, ScoreView> latest = new LinkedHashMap<>();
    filings.stream()
        .filter(filing -> filing.latestVersion() > 0)
        .collect(
            Collectors.groupingBy(
                filing -> new PlatformTemplate(filing.platformId(), filing.templateCode())))
        .forEach(
            (key, group) -> {
              Map<UUID, Integer> wanted =
                  group.stream()
                      .collect(Collectors.toMap(FilingView::id, FilingView::latestVersion));
              scoring.scoresOf(key.platformId(), key.templateCode()).stream()
                  .filter(score -> wanted.containsKey(score.filingId()))
                  .filter(score -> score.versionNumber() == wanted.get(score.filingId()))
                  .forEach(score -> latest.put(score.filingId(), score));
            });
    return latest;
  }

  private record PlatformTemplate(UUID platformId, String templateCode) {}

  /** The score with each indicator explained in the words of the return's template. */
  ScoreDetail detail(ScoreView score, CompiledTemplate template) {
    return new ScoreDetail(
        score,
        score.indicators().stream().map(indicator -> row(indicator, template)).toList(),
        NumberFormats.formatted(plain(score.scoredWeight())),
        NumberFormats.formatted(plain(score.greenFrom())),
        NumberFormats.formatted(plain(score.amberFrom())));
  }

  private IndicatorRow row(IndicatorScore indicator, CompiledTemplate template) {
    List<Input> inputs = new ArrayList<>();
    List<String> blank = new ArrayList<>();
    indicator
        .inputs()
        .forEach(
            (code, value) -> {
              String label = labelOf(code, template);
              boolean answered = value != null && !value.isNull();
              if (!answered) {
                blank.add(label);
              }
              inputs.add(
                  new Input(
                      label,
                      answered ? valueOf(code, value, template) : portalWords.notAnswered()));
            });
    return new IndicatorRow(
        indicator.code(),
        indicator.title(),
        indicator.scored(),
        List.copyOf(inputs),
        indicator.value() == null ? null : indicatorValue(indicator.value()),
        indicator.band(),
        indicator.points(),
        NumberFormats.formatted(plain(indicator.weight())),
        indicator.scored() ? null : blank.isEmpty() ? NotScored.NO_VALUE : NotScored.BLANK_INPUT,
        List.copyOf(blank));
  }

  /**
   * An indicator's value as the page writes it: at most four decimal places, without trailing zeros
   * (0.8, 0.99, 2.5, 1).
   */
  static String indicatorValue(double value) {
    return NumberFormats.formatted(
        plain(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP)));
  }

  /** A decimal without trailing zeros: 75.00 as 75, 3.50 as 3.5. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private String labelOf(String code, CompiledTemplate template) {
    Field field = template.fields().get(code);
    if (field != null) {
      return field.label();
    }
    return switch (code) {
      case "period_start" -> words.scorePeriodStart();
      case "period_end" -> words.scorePeriodEnd();
      default -> code;
    };
  }

  private String valueOf(String code, JsonNode value, CompiledTemplate template) {
    Field field = template.fields().get(code);
    if (field != null) {
      return String.join(", ", answers.lines(field, value));
    }
    if (code.startsWith("period_")) {
      return portalWords.date(LocalDate.parse(value.asText()));
    }
    return value.isNumber() ? NumberFormats.formatted(value.decimalValue()) : value.asText();
  }

  /**
   * The platform's scores of the template for the periods up to the filing's (the last {@link
   * #TREND_PERIODS}), one point per period that has a submitted version with a score.
   */
  History historyOf(FilingView filing) {
    long days = ChronoUnit.DAYS.between(filing.periodStart(), filing.periodEnd()) + 1;
    ObligationFilter filter = new ObligationFilter();
    filter.platformId = filing.platformId();
    filter.templateCode = filing.templateCode();
    filter.to = filing.periodStart();
    filter.from = filing.periodStart().minusDays(days * (TREND_PERIODS - 1));
    List<ObligationView> periods =
        obligations.list(filter, PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
            .sorted(Comparator.comparing(ObligationView::periodStart))
            .toList();
    Map<UUID, FilingReference> returns =
        filingQueries.referencesFor(periods.stream().map(ObligationView::id).toList());
    Map<UUID, ScoreView> latest = new LinkedHashMap<>();
    for (ScoreView score : scoring.scoresOf(filing.platformId(), filing.templateCode())) {
      latest.merge(
          score.filingId(),
          score,
          (one, other) -> one.versionNumber() >= other.versionNumber() ? one : other);
    }
    List<ObligationView> scored = new ArrayList<>();
    List<ScoreView> scores = new ArrayList<>();
    for (ObligationView period :
        periods.subList(Math.max(0, periods.size() - TREND_PERIODS), periods.size())) {
      FilingReference filed = returns.get(period.id());
      ScoreView score = filed == null ? null : latest.get(filed.id());
      if (score != null) {
        scored.add(period);
        scores.add(score);
      }
    }
    return new History(trend(filing, scored, scores), heatMap(scored, scores));
  }

  private TrendChart trend(
      FilingView filing, List<ObligationView> periods, List<ScoreView> scores) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ObligationView period = periods.get(i);
      ScoreView score = scores.get(i);
      points.add(
          new TrendPoint(
              periodName(period, filing),
              this.periods.axisLabel(period.periodStart(), period.periodEnd()),
              score.total(),
              toneOf(score.band()),
              portalWords.scoreBand(score.band())));
    }
    List<ReferenceLine> thresholds = new ArrayList<>();
    if (!scores.isEmpty()) {
      ScoreView last = scores.getLast();
      thresholds.add(
          new ReferenceLine(
              last.greenFrom(),
              words.trendGreenFrom(NumberFormats.formatted(plain(last.greenFrom())))));
      thresholds.add(
          new ReferenceLine(
              last.amberFrom(),
              words.trendAmberFrom(NumberFormats.formatted(plain(last.amberFrom())))));
    }
    return TrendChart.of(
        new ChartTitle("score-trend", words.trendTitle(), trendSummary(periods, scores)),
        words.trendScore(),
        words.trendBand(),
        LinearScale.fixed(BigDecimal.ZERO, HUNDRED, BigDecimal.valueOf(25)),
        points,
        thresholds);
  }

  private String trendSummary(List<ObligationView> periods, List<ScoreView> scores) {
    List<BigDecimal> totals = scores.stream().map(ScoreView::total).filter(t -> t != null).toList();
    if (totals.isEmpty()) {
      return words.trendSummaryNone(periods.size());
    }
    ScoreView latest = scores.getLast();
    ObligationView latestPeriod = periods.getLast();
    return words.trendSummary(
        periods.size(),
        NumberFormats.formatted(totals.stream().min(BigDecimal::compareTo).orElseThrow()),
        NumberFormats.formatted(totals.stream().max(BigDecimal::compareTo).orElseThrow()),
        portalWords.obligationsPeriodRange(latestPeriod.periodStart(), latestPeriod.periodEnd()),
        latest.total() == null
            ? portalWords.scoreBand(latest.band())
            : NumberFormats.formatted(latest.total()),
        portalWords.scoreBand(latest.band()));
  }

  private HeatMap heatMap(List<ObligationView> periods, List<ScoreView> scores) {
    List<String> codes = new ArrayList<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (ScoreView score : scores) {
      for (IndicatorScore indicator : score.indicators()) {
        if (!titles.containsKey(indicator.code())) {
          codes.add(indicator.code());
        }
        titles.put(indicator.code(), indicator.title());
      }
    }
    List<List<Integer>> points = new ArrayList<>();
    for (String code : codes) {
      List<Integer> row = new ArrayList<>();
      for (ScoreView score : scores) {
        row.add(
            score.indicators().stream()
                .filter(indicator -> indicator.code().equals(code) && indicator.scored())
                .map(IndicatorScore::points)
                .findFirst()
                .orElse(null));
      }
      points.add(row);
    }
    return HeatMap.of(
        new ChartTitle(
            "indicator-points", words.heatTitle(), words.heatSummary(codes.size(), periods.size())),
        words.heatIndicator(),
        codes.stream().map(titles::get).toList(),
        periods.stream()
            .map(period -> this.periods.inOneLine(period.periodStart(), period.periodEnd()))
            .toList(),
        points,
        portalWords.scoreBand(ScoreBand.NOT_SCORED));
  }

  private String periodName(ObligationView period, FilingView filing) {
    String name = portalWords.obligationsPeriodRange(period.periodStart(), period.periodEnd());
    return period.id().equals(filing.obligationId()) ? words.trendThisReturn(name) : name;
  }

  /** The chart tone of a band: each band its GOV.UK colour and its own shape. */
  static ChartTone toneOf(ScoreBand band) {
    return switch (band) {
      case GREEN -> ChartTone.GREEN;
      case AMBER -> ChartTone.AMBER;
      case RED -> ChartTone.RED;
      case NOT_SCORED -> ChartTone.NEUTRAL;
    };
  }
}
