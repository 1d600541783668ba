package io.carefile.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carefile.audit.AuditLog;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.tenancy.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Frozen benchmark snapshots, so that a published league table can be recomputed later: the result
 * as computed, each input (scored version) with the SHA-256 of its score's canonical JSON, and the
 * SHA-256 over both. Verification recomputes from exactly the recorded inputs, never from whatever
 * is latest now.
 */
@ApplicationScoped
public class BenchmarkSnapshotService {

  private static final TypeReference<List<BenchmarkSnapshotInput>> INPUTS =
      new TypeReference<>() {};

  private final BenchmarkService benchmarks;
  private final BenchmarkCohorts cohorts;
  private final BenchmarkScoreRepository scores;
  private final BenchmarkSnapshotRepository snapshots;
  private final AuditLog audit;
  private final Caller caller;
  private final Clock clock;
  private final ObjectMapper json;
  private final int minCohort;

  BenchmarkSnapshotService(
      BenchmarkService benchmarks,
      BenchmarkCohorts cohorts,
      BenchmarkScoreRepository scores,
      BenchmarkSnapshotRepository snapshots,
      AuditLog audit,
      Caller caller,
      Clock clock,
      ObjectMapper json,
      BenchmarksConfig config) {
    this.benchmarks = benchmarks;
    this.cohorts = cohorts;
    this.scores = scores;
    this.snapshots = snapshots;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
    this.json = json;
    this.minCohort = config.minCohort();
  }

  /** Freezes the group's benchmark as it is now, as a regulator sees it. */
  @Transactional
  public BenchmarkSnapshotView freeze(BenchmarkSnapshotRequest request) {
    PeerGroup group =
        benchmarks.group(
            request.templateCode(),
            request.periodStart(),
            request.category(),
            request.sizeBand(),
            "");
    List<UUID> latest = cohorts.of(group).stream().map(BenchmarkEntry::filingVersionId).toList();
    List<Score> used = inOrder(scores.ofVersions(latest));
    List<BenchmarkSnapshotInput> inputs =
        used.stream()
            .map(score -> new BenchmarkSnapshotInput(score.filingVersionId, digest(score)))
            .toList();
    BenchmarkView result = compute(group, used, minCohort);

    BenchmarkSnapshot snapshot = new BenchmarkSnapshot();
    snapshot.id = UUID.randomUUID();
    snapshot.templateCode = group.templateCode();
    snapshot.periodStart = group.periodStart();
    snapshot.category = group.category();
    snapshot.sizeBand = group.sizeBand();
    snapshot.minCohort = minCohort;
    snapshot.cohortSize = result.cohortSize();
    snapshot.result = CanonicalJson.of(result);
    snapshot.inputs = CanonicalJson.of(inputs);
    snapshot.sha256 = snapshotSha256(tree(snapshot.result), tree(snapshot.inputs));
    snapshot.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    snapshot.createdBy = caller.username();
    snapshots.persist(snapshot);
    BenchmarkSnapshotView view = view(snapshot);
    audit.append(
        new AuditLog.Entry(
            "benchmark.snapshot-frozen",
            "BenchmarkSnapshot",
            snapshot.id,
            null,
            summary(snapshot)));
    return view;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkSnapshotView get(UUID id) {
    return view(find(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<BenchmarkSnapshotSummary> list(BenchmarkSnapshotFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("templateCode = :template", "template", filter.wantedTemplateCode())
            .and("periodStart = :period", "period", filter.periodStart);
    return snapshots
        .page(where.query(), where.parameters(), page)
        .map(BenchmarkSnapshotService::summary);
  }

  /**
   * Checks a snapshot: its own digest against what it recorded, each input's digest against the
   * score stored now, and the result against a recomputation from exactly those inputs with the k
   * it was frozen with.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BenchmarkSnapshotVerification verify(UUID id) {
    BenchmarkSnapshot snapshot = find(id);
    JsonNode recordedResult = tree(snapshot.result);
    JsonNode recordedInputs = tree(snapshot.inputs);
    String recomputedSha256 = snapshotSha256(recordedResult, recordedInputs);
    List<BenchmarkSnapshotInput> inputs = read(snapshot.inputs);

    Map<UUID, Score> stored =
        scores
            .ofVersions(inputs.stream().map(BenchmarkSnapshotInput::filingVersionId).toList())
            .stream()
            .collect(Collectors.toMap(score -> score.filingVersionId, Function.identity()));
    List<BenchmarkInputCheck> checks = new ArrayList<>();
    List<Score> found = new ArrayList<>();
    for (BenchmarkSnapshotInput input : inputs) {
      Score score = stored.get(input.filingVersionId());
      String current = score == null ? null : digest(score);
      if (score != null) {
        found.add(score);
      }
      checks.add(
          new BenchmarkInputCheck(
              input.filingVersionId(),
              input.sha256(),
              current,
              Objects.equals(current, input.sha256())));
    }
    BenchmarkView recomputed = compute(group(snapshot), inOrder(found), snapshot.minCohort);
    boolean resultMatches = CanonicalJson.of(recomputed).equals(CanonicalJson.of(recordedResult));
    boolean digestMatches = recomputedSha256.equals(snapshot.sha256);
    boolean inputsMatch = checks.stream().allMatch(BenchmarkInputCheck::matches);
    return new BenchmarkSnapshotVerification(
        snapshot.id,
        digestMatches && inputsMatch && resultMatches,
        digestMatches,
        inputsMatch,
        resultMatches,
        snapshot.sha256,
        recomputedSha256,
        checks);
  }

  /** The benchmark of exactly these scores, as a regulator sees it, with this k. */
  private BenchmarkView compute(PeerGroup group, List<Score> used, int k) {
    List<BenchmarkEntry> entries = used.stream().map(benchmarks::entryOf).toList();
    return new BenchmarkCalculator(new BenchmarkStatistics(k))
        .benchmark(group, entries, benchmarks.indicatorTitles(group.templateCode(), entries), true);
  }

  /** SHA-256 of the canonical JSON of a stored score, every column of it. */
  private String digest(Score score) {
    return CanonicalJson.sha256(
        new BenchmarkScoreContent(
            score.filingVersionId,
            score.platformId,
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
            tree(score.indicators),
            score.computedAt,
            score.periodStart,
            score.category,
            score.sizeBand));
  }

  private String snapshotSha256(JsonNode result, JsonNode inputs) {
    ObjectNode both = json.createObjectNode();
    both.set("inputs", inputs);
    both.set("result", result);
    return CanonicalJson.sha256(both);
  }

  private BenchmarkSnapshot find(UUID id) {
    return snapshots
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Benchmark snapshot", id));
  }

  private static PeerGroup group(BenchmarkSnapshot snapshot) {
    return new PeerGroup(
        snapshot.templateCode, snapshot.periodStart, snapshot.category, snapshot.sizeBand);
  }

  /** Inputs in one order, whatever order they were read in: by filing version id, as text. */
  private static List<Score> inOrder(List<Score> scores) {
    return scores.stream()
        .sorted(Comparator.comparing(score -> score.filingVersionId.toString()))
        .toList();
  }

  private BenchmarkSnapshotView view(BenchmarkSnapshot snapshot) {
    try {
      return new BenchmarkSnapshotView(
          snapshot.id,
          group(snapshot),
          snapshot.minCohort,
          snapshot.cohortSize,
          json.readValue(snapshot.result, BenchmarkView.class),
          read(snapshot.inputs),
          snapshot.sha256,
          snapshot.createdAt,
          snapshot.createdBy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored snapshot cannot be read", e);
    }
  }

  private static BenchmarkSnapshotSummary summary(BenchmarkSnapshot snapshot) {
    return new BenchmarkSnapshotSummary(
        snapshot.id,
        group(snapshot),
        snapshot.minCohort,
        snapshot.cohortSize,
        snapshot.sha256,
        snapshot.createdAt,
        snapshot.createdBy);
  }

  private List<BenchmarkSnapshotInput> read(String inputs) {
    try {
      return json.readValue(inputs, INPUTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored snapshot's inputs cannot be read", e);
    }
  }

  private JsonNode tree(String stored) {
    try {
      return json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON cannot be read", e);
    }
  }
}
