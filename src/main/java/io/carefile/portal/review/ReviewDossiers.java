package io.carefile.portal.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.filing.VersionSummary;
import io.carefile.filing.VersionView;
import io.carefile.portal.shared.NumberFormats;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.ReturnAnswers;
import io.carefile.review.DecisionFinding;
import io.carefile.review.QueryService;
import io.carefile.review.QuerySummary;
import io.carefile.review.RecordedDecision;
import io.carefile.review.RejectionReason;
import io.carefile.review.ReviewItem;
import io.carefile.review.ReviewQueue;
import io.carefile.scoring.BenchmarkPosition;
import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.BenchmarkStanding;
import io.carefile.scoring.IndicatorScore;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Section;
import io.carefile.validation.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an analyst reads about one return under review, gathered from the features that hold
 * it: the queue's view, the latest version's values beside the previous period's and the peers'
 * medians, its findings, its score and override, its versions, queries and decisions. Nothing is
 * computed here but the words and the layout: medians are the benchmarks', scores the scoring's.
 */
@ApplicationScoped
public class ReviewDossiers {

  /** Indicator values and medians are written with at most this many decimals. */
  private static final int DECIMALS = 4;

  private final ReviewQueue queue;
  private final FilingQueries filingQueries;
  private final ScoringService scoring;
  private final BenchmarkService benchmarks;
  private final QueryService queries;
  private final ReturnAnswers answers;
  private final RegulatorCalendar calendar;
  private final ReviewMessages words;
  private final PortalMessages portalWords;

  ReviewDossiers(
      ReviewQueue queue,
      FilingQueries filingQueries,
      ScoringService scoring,
      BenchmarkService benchmarks,
      QueryService queries,
      ReturnAnswers answers,
      RegulatorCalendar calendar,
      ReviewMessages words,
      PortalMessages portalWords) {
    this.queue = queue;
    this.filingQueries = filingQueries;
    this.scoring = scoring;
    this.benchmarks = benchmarks;
    this.queries = queries;
    this.answers = answers;
    this.calendar = calendar;
    this.words = words;
    this.portalWords = portalWords;
  }

  /** The return in review, as its page shows it. */
  public record Dossier(
      ReviewItem item,
      FilingView filing,
      String returnTitle,
      String periodName,
      ZonedDateTime submittedAt,
      ZonedDateTime assignedAt,
      VersionView latest,
      Previous previous,
      String peerGroup,
      List<SectionValues> sections,
      List<IndicatorValues> indicators,
      List<FindingRow> findings,
      ScoreView score,
      String scoreLink,
      List<VersionRow> versions,
      List<QueryRow> queries,
      String queryRaisingLink,
      List<DecisionRow> decisions,
      CompiledTemplate template) {}

  /** The return the latest version is compared with: the platform's previous period's. */
  public record Previous(FilingView filing, int version, boolean accepted, String periodName) {}

  /** A section's questions, each with its answers. */
  public record SectionValues(String code, String title, List<ValueRow> rows) {}

  /**
   * One question: this return's answer, the previous period's (null when there is no previous
   * period; no lines when unanswered) and the peers' median (null when the benchmarks give none).
   */
  public record ValueRow(
      String code,
      String label,
      List<String> current,
      List<String> previous,
      String peerMedian,
      String peerCohort) {}

  /** One indicator, or the total: its value here, the previous period's and the peers' median. */
  public record IndicatorValues(
      String code,
      String title,
      String value,
      String previous,
      String peerMedian,
      String peerCohort) {}

  /** What validation found in the latest version, with the filer's explanation of a warning. */
  public record FindingRow(Finding finding, String explanation) {}

  /** A submitted version, with the links to it and to what changed since the one before. */
  public record VersionRow(
      VersionSummary version, ZonedDateTime submittedAt, String link, String diffLink) {}

  /** A query about the return, with the link to its thread. */
  public record QueryRow(QuerySummary query, String link) {}

  /** A decision taken on the return. */
  public record DecisionRow(
      RecordedDecision decision, String decidedAt, List<FindingLine> findings) {

    public List<String> reasonLabels() {
      return decision.reasons().stream().map(RejectionReason::label).toList();
    }
  }

  /** A finding of a decision, with the labels of the questions it is about. */
  public record FindingLine(String text, List<String> fields) {}

  Dossier of(UUID filingId) {
    ReviewItem item = queue.get(filingId);
    FilingView filing = filingQueries.get(filingId);
    CompiledTemplate template = filingQueries.templateOf(filingId);
    VersionView latest = filingQueries.version(filingId, item.latestVersion());
    ScoreView score = scoreOf(filingId, item.latestVersion()).orElse(null);

    Previous previous = previousOf(filingId);
    Map<String, JsonNode> previousValues =
        previous == null
            ? null
            : filingQueries.version(previous.filing().id(), previous.version()).values();
    ScoreView previousScore =
        previous == null ? null : scoreOf(previous.filing().id(), previous.version()).orElse(null);
    BenchmarkPosition peers = peersOf(filingId);
    Map<String, BenchmarkStanding> standings =
        peers == null
            ? Map.of()
            : peers.indicators().stream()
                .collect(
                    Collectors.toMap(
                        BenchmarkStanding::code,
                        Function.identity(),
                        (one, other) -> one,
                        LinkedHashMap::new));

    return new Dossier(
        item,
        filing,
        template.definition().title(),
        portalWords.obligationsPeriodRange(filing.periodStart(), filing.periodEnd()),
        zoned(item.submittedAt()),
        zoned(item.assignedAt()),
        latest,
        previous,
        peers == null || peers.group().category() == null ? null : peers.group().category().label(),
        sections(template, latest.values(), previousValues, standings),
        indicators(score, previousScore, peers, standings),
        latest.findings().stream()
            .map(finding -> new FindingRow(finding, latest.explanations().get(finding.key())))
            .toList(),
        score,
        PortalRoutes.filingVersion(filingId, item.latestVersion()) + "#score",
        filing.versions().stream()
            .map(
                version ->
                    new VersionRow(
                        version,
                        zoned(version.submittedAt()),
                        PortalRoutes.filingVersion(filingId, version.number()),
                        version.number() > 1
                            ? PortalRoutes.filingDiff(
                                filingId, version.number() - 1, version.number())
                            : null))
            .toList(),
        queries.ofFiling(filingId, PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
            .map(query -> new QueryRow(query, PortalRoutes.query(query.id())))
            .toList(),
        PortalRoutes.queryRaising(filingId),
        queue.returnReview(filingId).decisions().stream()
            .map(decision -> decisionRow(decision, template))
            .toList()
            .reversed(),
        template);
  }

  /** The template version the return is filed on. */
  CompiledTemplate templateOf(UUID filingId) {
    return filingQueries.templateOf(filingId);
  }

  private Previous previousOf(UUID filingId) {
    return filingQueries
        .previousPeriodOf(filingId)
        .map(
            earlier -> {
              boolean accepted = earlier.acceptedVersion() != null;
              return new Previous(
                  earlier,
                  accepted ? earlier.acceptedVersion() : earlier.latestVersion(),
                  accepted,
                  portalWords.obligationsPeriodRange(earlier.periodStart(), earlier.periodEnd()));
            })
        .orElse(null);
  }

  private List<SectionValues> sections(
      CompiledTemplate template,
      Map<String, JsonNode> current,
      Map<String, JsonNode> previous,
      Map<String, BenchmarkStanding> standings) {
    return template.definition().sections().stream()
        .map(
            (Section section) ->
                new SectionValues(
                    section.code(),
                    section.title(),
                    section.fields().stream()
                        .map(
                            field -> {
                              BenchmarkStanding peer = standings.get(field.code());
                              return new ValueRow(
                                  field.code(),
                                  field.label(),
                                  answers.lines(field, current.get(field.code())),
                                  previous == null
                                      ? null
                                      : answers.lines(field, previous.get(field.code())),
                                  median(peer),
                                  cohort(peer));
                            })
                        .toList()))
        .toList();
  }

  private List<IndicatorValues> indicators(
      ScoreView score,
      ScoreView previous,
      BenchmarkPosition peers,
      Map<String, BenchmarkStanding> standings) {
    if (score == null) {
      return List.of();
    }
    Map<String, IndicatorScore> before =
        previous == null
            ? Map.of()
            : previous.indicators().stream()
                .collect(Collectors.toMap(IndicatorScore::code, Function.identity()));
    List<IndicatorValues> rows =
        new ArrayList<>(
            score.indicators().stream()
                .map(
                    indicator -> {
                      BenchmarkStanding peer = standings.get(indicator.code());
                      return new IndicatorValues(
                          indicator.code(),
                          indicator.title(),
                          indicatorValue(indicator),
                          previous == null ? null : indicatorValue(before.get(indicator.code())),
                          median(peer),
                          cohort(peer));
                    })
                .toList());
    BenchmarkStanding total = peers == null ? null : peers.total();
    rows.add(
        new IndicatorValues(
            "total",
            words.totalRow(),
            totalOf(score),
            previous == null ? null : totalOf(previous),
            median(total),
            cohort(total)));
    return rows;
  }

  private String indicatorValue(IndicatorScore indicator) {
    if (indicator == null || !indicator.scored() || indicator.value() == null) {
      return words.indicatorNotScored();
    }
    return words.indicatorValue(decimal(BigDecimal.valueOf(indicator.value())), indicator.band());
  }

  private String totalOf(ScoreView score) {
    return score.total() == null
        ? portalWords.scoreBand(score.band())
        : NumberFormats.formatted(score.total()) + " (" + portalWords.scoreBand(score.band()) + ")";
  }

  /** The peers' median of a measure, when the benchmarks give its distribution. */
  private static String median(BenchmarkStanding standing) {
    if (standing == null || standing.suppressed() || standing.distribution() == null) {
      return null;
    }
    return decimal(standing.distribution().median());
  }

  private String cohort(BenchmarkStanding standing) {
    if (median(standing) == null || standing.cohortSize() == null) {
      return null;
    }
    return words.peerCohort(standing.cohortSize());
  }

  /** A decimal with at most {@link #DECIMALS} places and no trailing zeros: 0.8, 0.99, 25. */
  private static String decimal(BigDecimal value) {
    BigDecimal rounded = value.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return NumberFormats.formatted(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
  }

  private DecisionRow decisionRow(RecordedDecision decision, CompiledTemplate template) {
    return new DecisionRow(
        decision,
        portalWords.dateTime(zoned(decision.decidedAt())),
        decision.findings().stream()
            .map(
                (DecisionFinding finding) ->
                    new FindingLine(
                        finding.text(),
                        finding.fields().stream()
                            .map(
                                code ->
                                    Optional.ofNullable(template.fields().get(code))
                                        .map(Field::label)
                                        .orElse(code))
                            .toList()))
            .toList());
  }

  /** The score of a version; none for a version nobody scored (filed before scores were). */
  private Optional<ScoreView> scoreOf(UUID filingId, int version) {
    try {
      return Optional.of(scoring.scoreOf(filingId, version));
    } catch (ProblemException e) {
      if (e.is(ProblemType.NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Where the return stands among the peers of its category, when it has a score to place. */
  private BenchmarkPosition peersOf(UUID filingId) {
    try {
      return benchmarks.panel(filingId).groups().stream()
          .filter(group -> group.group().category() != null)
          .findFirst()
          .orElse(null);
    } catch (ProblemException e) {
      if (e.is(ProblemType.NOT_FOUND)) {
        return null;
      }
      throw e;
    }
  }

  private ZonedDateTime zoned(Instant instant) {
    return instant == null ? null : instant.atZone(calendar.zone());
  }
}
