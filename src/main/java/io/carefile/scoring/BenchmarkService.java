package io.carefile.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.TenantScope;
import io.carefile.obligation.ObligationProblems;
import io.carefile.obligation.ReportingPeriod;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformService;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionSummary;
import io.carefile.template.definition.CompiledIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Peer benchmarks (docs/benchmarks.md): a group's distribution per indicator and for the total, a
 * return's standing in its category and size-band groups, the distribution of totals per category,
 * and a platform's trend. Cohorts are read across platforms through {@link BenchmarkCohorts}; what
 * a caller sees of them is {@link BenchmarkCalculator}'s: everything for regulators, nothing about
 * peers below k for platform users.
 */
@ApplicationScoped
public class BenchmarkService {

  private static final TypeReference<List<IndicatorScore>> INDICATORS = new TypeReference<>() {};

  private final BenchmarkCohorts cohorts;
  private final BenchmarkScoreRepository scores;
  private final TemplateService templates;
  private final PlatformService platforms;
  private final TenantScope tenantScope;
  private final ObjectMapper json;
  private final SizeBands sizeBands;
  private final BenchmarkCalculator calculator;

  BenchmarkService(
      BenchmarkCohorts cohorts,
      BenchmarkScoreRepository scores,
      TemplateService templates,
      PlatformService platforms,
      TenantScope tenantScope,
      ObjectMapper json,
      BenchmarksConfig config) {
    this.cohorts = cohorts;
    this.scores = scores;
    this.templates = templates;
    this.platforms = platforms;
    this.tenantScope = tenantScope;
    this.json = json;
    this.sizeBands = new SizeBands(config.sizeBands());
    this.calculator = new BenchmarkCalculator(new BenchmarkStatistics(config.minCohort()));
  }

  /** A peer group's benchmark. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkView benchmark(BenchmarkFilter filter) {
    PeerGroup group =
        group(
            filter.templateCode,
            filter.periodStart,
            filter.wantedCategory().orElse(null),
            filter.wantedSizeBand().orElse(null),
            "query.");
    List<BenchmarkEntry> cohort = cohorts.of(group);
    return calculator.benchmark(
        group, cohort, indicatorTitles(group.templateCode(), cohort), seesEveryPlatform());
  }

  /** The distribution of total scores of each category, for one template and period. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkCategories categories(BenchmarkCategoriesFilter filter) {
    PeerGroup everyone = group(filter.templateCode, filter.periodStart, null, null, "query.");
    List<BenchmarkEntry> cohort = cohorts.of(everyone);
    List<BenchmarkCategory> categories = new ArrayList<>();
    for (PlatformCategory category : PlatformCategory.values()) {
      categories.add(
          calculator.category(
              category,
              cohort.stream().filter(entry -> entry.category() == category).toList(),
              seesEveryPlatform()));
    }
    return new BenchmarkCategories(
        everyone.templateCode(), everyone.periodStart(), calculator.minCohort(), categories);
  }

  /**
   * A return's panel: where its latest submitted version stands in its category group and in its
   * size-band group, and its platform's trend. Another platform's return is not found.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkPanel panel(UUID filingId) {
    Score latest =
        scores
            .latestOf(filingId)
            .orElseThrow(
                () -> ProblemException.notFound("A submitted version of filing", filingId));
    BenchmarkEntry own = entryOf(latest);
    List<PeerGroup> groups = new ArrayList<>();
    groups.add(new PeerGroup(latest.templateCode, latest.periodStart, latest.category, null));
    if (latest.sizeBand != null) {
      groups.add(new PeerGroup(latest.templateCode, latest.periodStart, null, latest.sizeBand));
    }
    List<BenchmarkPosition> positions = new ArrayList<>();
    for (PeerGroup group : groups) {
      List<BenchmarkEntry> cohort = cohorts.of(group);
      positions.add(
          calculator.position(
              group,
              cohort,
              indicatorTitles(group.templateCode(), cohort),
              own,
              seesEveryPlatform()));
    }
    return new BenchmarkPanel(
        latest.filingId,
        latest.versionNumber,
        latest.templateCode,
        latest.periodStart,
        calculator.minCohort(),
        positions,
        trendOf(latest.platformId, latest.templateCode));
  }

  /**
   * Where a return's latest submitted version stands in a peer group of its template and period:
   * empty when its score is not in that group (another category or size band). Another platform's
   * return is not found.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<BenchmarkPosition> position(UUID filingId, BenchmarkFilter filter) {
    PeerGroup group =
        group(
            filter.templateCode,
            filter.periodStart,
            filter.wantedCategory().orElse(null),
            filter.wantedSizeBand().orElse(null),
            "query.");
    Score latest =
        scores
            .latestOf(filingId)
            .orElseThrow(
                () -> ProblemException.notFound("A submitted version of filing", filingId));
    if (!inGroup(latest, group)) {
      return Optional.empty();
    }
    List<BenchmarkEntry> cohort = cohorts.of(group);
    return Optional.of(
        calculator.position(
            group,
            cohort,
            indicatorTitles(group.templateCode(), cohort),
            entryOf(latest),
            seesEveryPlatform()));
  }

  /**
   * The latest submitted score of each return in a peer group, with its platform, lowest total
   * first (not scored last), a page at a time. It names platforms, so it is the regulator's read: a
   * platform's users see their own platform's return only, as with every score.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PeerScore> scores(BenchmarkFilter filter, PageRequest page) {
    PeerGroup group =
        group(
            filter.templateCode,
            filter.periodStart,
            filter.wantedCategory().orElse(null),
            filter.wantedSizeBand().orElse(null),
            "query.");
    return scores
        .latestIn(group, page)
        .map(
            score ->
                new PeerScore(
                    score.platformId,
                    score.filingId,
                    score.versionNumber,
                    score.category,
                    score.sizeBand,
                    score.total,
                    score.band,
                    indicatorsOf(score)));
  }

  /**
   * The periods of a template with scores the caller may see (every platform's for regulators, its
   * own for a platform), newest first, at most {@code max}: the periods worth choosing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LocalDate> scoredPeriods(String templateCode, int max) {
    template(templateCode, "query.");
    return scores.periodsOf(templateCode, max);
  }

  /**
   * Whether the benchmarks are shown in full (peers named, small groups flagged rather than
   * withheld): to those who see every platform, which is a regulator on a request and the
   * requester's recorded scope in a background export, where there is no caller.
   */
  private boolean seesEveryPlatform() {
    return tenantScope.current().all();
  }

  /** The configured size bands, lowest first. */
  public List<SizeBand> sizeBands() {
    return sizeBands.all();
  }

  /** A platform's scores of a template by period, oldest first; another platform's is not found. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScoreTrend trend(UUID platformId, String templateCode) {
    platforms.get(platformId);
    template(templateCode, "query.");
    return new ScoreTrend(platformId, templateCode, trendOf(platformId, templateCode));
  }

  /**
   * The peer group asked for, checked: a template that exists, a day that starts one of its
   * periods, a configured size band.
   *
   * @param fieldPrefix how the request names its fields: {@code "query."} for parameters
   */
  PeerGroup group(
      String templateCode,
      LocalDate periodStart,
      PlatformCategory category,
      String sizeBand,
      String fieldPrefix) {
    TemplateVersionSummary template = template(templateCode, fieldPrefix);
    try {
      ReportingPeriod.startingOn(template.periodType(), periodStart);
    } catch (IllegalArgumentException e) {
      throw ProblemException.onField(
          ObligationProblems.INVALID_PERIOD,
          templateCode + " is filed for periods: " + e.getMessage(),
          fieldPrefix + "periodStart",
          "must be the first day of a " + template.periodType().name().toLowerCase() + " period");
    }
    if (sizeBand != null && sizeBands.find(sizeBand).isEmpty()) {
      throw ProblemException.onField(
          BenchmarkProblems.UNKNOWN_SIZE_BAND,
          "No size band is " + sizeBand + "; the size bands are " + sizeBands.codes(),
          fieldPrefix + "sizeBand",
          "must be one of " + String.join(", ", sizeBands.codes()));
    }
    return new PeerGroup(template.code(), periodStart, category, sizeBand);
  }

  /**
   * The titles of the cohort's indicators by code, in the order of the latest template version any
   * of its scores used (published versions never change, so the same cohort gets the same order).
   */
  Map<String, String> indicatorTitles(String templateCode, List<BenchmarkEntry> cohort) {
    Map<String, String> titles = new LinkedHashMap<>();
    cohort.stream()
        .mapToInt(BenchmarkEntry::templateVersion)
        .max()
        .ifPresent(
            version -> {
              for (CompiledIndicator indicator :
                  templates.compiled(templateCode, version).indicators()) {
                titles.put(indicator.code(), indicator.title());
              }
            });
    return titles;
  }

  /** A stored score as a cohort member, named by its own platform. */
  BenchmarkEntry entryOf(Score score) {
    return new BenchmarkEntry(
        score.filingVersionId,
        score.filingId,
        score.platformId,
        "platform-" + score.platformId,
        score.templateVersion,
        score.category,
        score.sizeBand,
        score.total,
        BenchmarkEntry.scoredValues(indicatorsOf(score)));
  }

  private List<IndicatorScore> indicatorsOf(Score score) {
    try {
      return json.readValue(score.indicators, INDICATORS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored score cannot be read", e);
    }
  }

  /** Whether the score is in the group: as {@code benchmark_cohort} selects a group's members. */
  private static boolean inGroup(Score score, PeerGroup group) {
    return score.templateCode.equals(group.templateCode())
        && score.periodStart.equals(group.periodStart())
        && (group.category() == null || group.category() == score.category)
        && (group.sizeBand() == null || group.sizeBand().equals(score.sizeBand));
  }

  private List<ScoreTrendPoint> trendOf(UUID platformId, String templateCode) {
    return scores.trend(platformId, templateCode).stream()
        .map(
            score ->
                new ScoreTrendPoint(
                    score.periodStart,
                    score.filingId,
                    score.versionNumber,
                    score.total,
                    score.band,
                    score.category,
                    score.sizeBand))
        .toList();
  }

  private TemplateVersionSummary template(String templateCode, String fieldPrefix) {
    return templates.latestVersions().stream()
        .filter(template -> Objects.equals(template.code(), templateCode))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.onField(
                    BenchmarkProblems.UNKNOWN_TEMPLATE_CODE,
                    "No template has the code " + templateCode,
                    fieldPrefix + "templateCode",
                    "is not the code of a published template"));
  }
}
