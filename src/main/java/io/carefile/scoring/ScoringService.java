package io.carefile.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import io.carefile.template.definition.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores of submitted versions. A version is scored as it is submitted, in the submission's
 * transaction, so a submission and its score commit together or not at all; each amendment's
 * submission is a new version with a score of its own.
 */
@ApplicationScoped
public class ScoringService {

  private static final TypeReference<List<IndicatorScore>> INDICATORS = new TypeReference<>() {};

  private final ScoreRepository scores;
  private final ScoreCalculator calculator;
  private final ObjectMapper json;
  private final ScoreOverrideService overrides;
  private final SizeBands sizeBands;

  /**
   * Digests of the indicator definitions, by template code and version: published ones never
   * change.
   */
  private final Map<String, String> indicatorDigests = new ConcurrentHashMap<>();

  ScoringService(
      ScoreRepository scores,
      ScoringConfig config,
      BenchmarksConfig benchmarks,
      ObjectMapper json,
      ScoreOverrideService overrides) {
    this.scores = scores;
    this.calculator = new ScoreCalculator(config.greenFrom(), config.amberFrom());
    this.json = json;
    this.overrides = overrides;
    this.sizeBands = new SizeBands(benchmarks.sizeBands());
  }

  /**
   * Scores a version being submitted and stores the score with it; an override of the previous
   * version is carried onto it, awaiting re-confirmation ({@link ScoreOverrideService}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ScoreView score(SubmissionToScore submission) {
    CompiledTemplate template = submission.template();
    CalculatedScore calculated =
        calculator.calculate(
            template.indicators(),
            submission.values().bind(template, submission.periodStart(), submission.periodEnd()),
            filed(submission));
    Score score = new Score();
    score.filingVersionId = submission.filingVersionId();
    score.platformId = submission.platformId();
    score.filingId = submission.filingId();
    score.versionNumber = submission.versionNumber();
    score.templateCode = template.code();
    score.templateVersion = template.version();
    score.indicatorsSha256 = indicatorsSha256(template);
    score.total = calculated.total();
    score.band = calculated.band();
    score.scoredWeight = calculated.scoredWeight();
    score.greenFrom = calculator.greenFrom();
    score.amberFrom = calculator.amberFrom();
    score.indicators = write(calculated.indicators());
    score.computedAt = submission.submittedAt();
    recordPeerGroup(score, submission);
    scores.persist(score);
    return overrides.carryForward(view(score, calculated.indicators()), score.platformId);
  }

  /** The benchmark peer group of the submission, recorded with its score. */
  private void recordPeerGroup(Score score, SubmissionToScore submission) {
    score.periodStart = submission.periodStart();
    score.category = submission.category();
    score.sizeBand = sizeBands.bandOf(submission.ukMonthlyActiveUsers()).code();
  }

  /**
   * The score of a submitted version, with the override that applies to it; another platform's is
   * not found.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScoreView scoreOf(UUID filingId, int versionNumber) {
    Score score =
        scores
            .of(filingId, versionNumber)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "The score of version " + versionNumber + " of filing", filingId));
    return overrides.applied(view(score, read(score.indicators)));
  }

  /**
   * The scores of every submitted version of a platform's returns on a template, oldest first: a
   * platform's trend across its periods. Another platform's are none, as for a missing platform.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScoreView> scoresOf(UUID platformId, String templateCode) {
    return scores.ofPlatform(platformId, templateCode).stream()
        .map(score -> view(score, read(score.indicators)))
        .toList();
  }

  /** SHA-256 of the canonical JSON of the template version's indicator definitions. */
  String indicatorsSha256(CompiledTemplate template) {
    return indicatorDigests.computeIfAbsent(
        template.code() + "/v" + template.version(),
        key -> CanonicalJson.sha256(template.definition().indicators()));
  }

  /** What the expressions may read, as filed: the values and the period. */
  private static Map<String, JsonNode> filed(SubmissionToScore submission) {
    Map<String, JsonNode> filed = new HashMap<>();
    submission.values().codes().forEach(code -> filed.put(code, submission.values().get(code)));
    filed.put("period_start", TextNode.valueOf(submission.periodStart().toString()));
    filed.put("period_end", TextNode.valueOf(submission.periodEnd().toString()));
    return filed;
  }

  private static ScoreView view(Score score, List<IndicatorScore> indicators) {
    return ScoreView.computed(
        score.filingId,
        score.versionNumber,
        score.templateCode,
        score.templateVersion,
        score.indicatorsSha256,
        score.total,
        score.band,
        score.scoredWeight,
        score.greenFrom,
        score.amberFrom,
        indicators,
        score.computedAt);
  }

  private String write(List<IndicatorScore> indicators) {
    try {
      return json.writeValueAsString(indicators);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Indicator scores are always serialisable", e);
    }
  }

  private List<IndicatorScore> read(String stored) {
    try {
      return json.readValue(stored, INDICATORS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored score cannot be read", e);
    }
  }
}
