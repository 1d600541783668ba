package io.carefile.scoring;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Analysts' overrides of the band of a return's latest version ({@link ScoreOverridePolicy} holds
 * the rules), and the carrying of an override onto an amendment's new version when it is scored.
 * Every change of a filing's overrides takes the filing's override lock first, so changes, and an
 * amendment's carrying, happen one at a time, each reading what the one before committed. Each
 * change appends one audit event in its transaction; each analyst's change fires {@link
 * EffectiveBandChanged} there too, synchronously. Made at start, so that configured reasons that
 * cannot be used stop the start instead of the first override.
 */
@Startup
@ApplicationScoped
public class ScoreOverrideService {

  private final ScoreOverrideRepository overrides;
  private final ScoreRepository scores;
  private final OverrideReasons reasons;
  private final AuditLog audit;
  private final Caller caller;
  private final Clock clock;
  private final Event<EffectiveBandChanged> bandChanged;

  ScoreOverrideService(
      ScoreOverrideRepository overrides,
      ScoreRepository scores,
      ScoreOverrideConfig config,
      AuditLog audit,
      Caller caller,
      Clock clock,
      Event<EffectiveBandChanged> bandChanged) {
    this.overrides = overrides;
    this.scores = scores;
    this.reasons = new OverrideReasons(config.overrideReasons());
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
    this.bandChanged = bandChanged;
  }

  /** The reasons an override may give. */
  public List<OverrideReason> reasons() {
    return reasons.all();
  }

  /**
   * Overrides the band of the filing's latest version, superseding the override that applied to it
   * (if any).
   */
  @Transactional
  public ScoreOverrideView override(UUID filingId, BandOverride request) {
    Score latest = lockedLatest(filingId);
    Optional<ScoreOverride> current = overrides.currentOf(filingId);
    if (request.expectedVersion() != null) {
      long version = current.map(o -> o.version).orElse(ScoreOverridePolicy.NONE_CURRENT);
      if (version != request.expectedVersion()) {
        throw ProblemException.staleVersion(
            "The score override of filing", filingId, version, request.expectedVersion());
      }
    }
    OverrideReason reason =
        reasons
            .find(request.reasonCode())
            .orElseThrow(
                () ->
                    ProblemException.onField(
                        ScoringProblems.UNKNOWN_OVERRIDE_REASON,
                        "'"
                            + request.reasonCode()
                            + "' is not a reason for an override: give one of "
                            + String.join(
                                ", ", reasons.all().stream().map(OverrideReason::code).toList()),
                        "reasonCode",
                        "is not one of the configured reasons"));
    ScoreBand band = request.band().band();
    if (!ScoreOverridePolicy.overrides(latest.band, band)) {
      throw ProblemException.onField(
          ScoringProblems.OVERRIDE_UNCHANGED,
          "Version "
              + latest.versionNumber
              + " of filing "
              + filingId
              + " is computed "
              + band
              + " already: an override gives another band (to undo one, withdraw it)",
          "band",
          "must differ from the computed band " + latest.band);
    }
    Instant now = now();
    String who = actor();
    List<ScoreOverride> history = overrides.allOf(filingId);
    current.ifPresent(
        replaced -> {
          replaced.resolve(next(replaced, ScoreOverrideStep.SUPERSEDE, filingId, latest), who, now);
          // The new override may apply only once this one no longer does (unique index).
          overrides.flush();
        });
    ScoreOverride made = new ScoreOverride();
    made.id = UUID.randomUUID();
    made.platformId = latest.platformId;
    made.filingId = filingId;
    made.versionNumber = latest.versionNumber;
    made.sequence = history.size() + 1;
    made.computedBand = latest.band;
    made.band = band;
    made.reasonCode = reason.code();
    made.reasonLabel = reason.label();
    made.comment = request.comment();
    made.state = ScoreOverrideState.ACTIVE;
    made.createdBy = who;
    made.createdAt = now;
    made.version = ScoreOverridePolicy.firstVersion(highestVersion(history));
    overrides.persist(made);
    overrides.flush();
    ScoreOverrideView view = ScoreOverrideView.of(made, true);
    audit.append(
        new AuditLog.Entry(
            "score-override.made",
            "ScoreOverride",
            made.id,
            made.platformId,
            Map.of(
                "override",
                view,
                "superseded",
                current.map(replaced -> replaced.id.toString()).orElse(""))));
    fireBandChanged(made, latest);
    return view;
  }

  /** Re-confirms the override an amendment carried onto the filing's latest version. */
  @Transactional
  public ScoreOverrideView reconfirm(UUID filingId, OverrideChange change) {
    return step(filingId, change, ScoreOverrideStep.RECONFIRM, "score-override.reconfirmed");
  }

  /**
   * Lets the override an amendment carried onto the latest version lapse: the computed band counts.
   */
  @Transactional
  public ScoreOverrideView lapse(UUID filingId, OverrideChange change) {
    return step(filingId, change, ScoreOverrideStep.LAPSE, "score-override.lapsed");
  }

  /** Withdraws the ACTIVE override of the latest version: the computed band counts. */
  @Transactional
  public ScoreOverrideView withdraw(UUID filingId, OverrideChange change) {
    return step(filingId, change, ScoreOverrideStep.WITHDRAW, "score-override.withdrawn");
  }

  /** The filing's overrides, oldest first; people's names for the regulator's staff only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ScoreOverrideView> history(UUID filingId, PageRequest page) {
    requireLatest(filingId);
    boolean showPeople = caller.isRegulator();
    return overrides.pageOf(filingId, page).map(o -> ScoreOverrideView.of(o, showPeople));
  }

  /** The score with the override that counts for its version, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  ScoreView applied(ScoreView score) {
    return overrides
        .countingFor(score.filingId(), score.versionNumber())
        .map(
            o ->
                score.withOverride(
                    AppliedOverride.of(o),
                    ScoreOverridePolicy.effectiveBand(score.computedBand(), o.band, o.state)))
        .orElse(score);
  }

  /**
   * Carries the filing's current override onto the version just scored, in its submission's
   * transaction: the new version's override awaits re-confirmation and still counts; the earlier
   * one is left CARRIED_FORWARD. The effective band does not change, so no event is fired (the
   * submission's own event carries the score).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  ScoreView carryForward(ScoreView score, UUID platformId) {
    if (score.versionNumber() == 1) {
      // Nothing was scored before, so nothing can have been overridden.
      return score;
    }
    overrides.lockOverridesOf(platformId, score.filingId());
    Optional<ScoreOverride> current =
        overrides.currentOf(score.filingId()).filter(o -> o.versionNumber < score.versionNumber());
    if (current.isEmpty()) {
      return score;
    }
    ScoreOverride from = current.get();
    List<ScoreOverride> history = overrides.allOf(score.filingId());
    Instant when = score.computedAt();
    String who = actor();
    from.resolve(
        ScoreOverridePolicy.after(from.state, ScoreOverrideStep.CARRY_FORWARD).orElseThrow(),
        who,
        when);
    overrides.flush();
    ScoreOverride carried = new ScoreOverride();
    carried.id = UUID.randomUUID();
    carried.platformId = from.platformId;
    carried.filingId = from.filingId;
    carried.versionNumber = score.versionNumber();
    carried.sequence = history.size() + 1;
    carried.computedBand = score.computedBand();
    carried.band = from.band;
    carried.reasonCode = from.reasonCode;
    carried.reasonLabel = from.reasonLabel;
    carried.comment = from.comment;
    carried.state = ScoreOverrideState.AWAITING_RECONFIRMATION;
    carried.carriedFromId = from.id;
    carried.carriedFromVersion = from.versionNumber;
    carried.createdBy = who;
    carried.createdAt = when;
    carried.version = ScoreOverridePolicy.firstVersion(highestVersion(history));
    overrides.persist(carried);
    overrides.flush();
    audit.append(
        new AuditLog.Entry(
            "score-override.carried-forward",
            "ScoreOverride",
            carried.id,
            carried.platformId,
            Map.of(
                "override",
                ScoreOverrideView.of(carried, true),
                "carriedFrom",
                from.id.toString())));
    return score.withOverride(AppliedOverride.of(carried), carried.band);
  }

  private ScoreOverrideView step(
      UUID filingId, OverrideChange change, ScoreOverrideStep step, String action) {
    Score latest = lockedLatest(filingId);
    List<ScoreOverride> history = overrides.allOf(filingId);
    ScoreOverride target =
        history.stream()
            .filter(o -> o.versionNumber == latest.versionNumber)
            .reduce((earlier, later) -> later)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ScoringProblems.NO_SCORE_OVERRIDE,
                        "Version "
                            + latest.versionNumber
                            + " of filing "
                            + filingId
                            + " has no override to "
                            + verb(step)));
    if (target.version != change.expectedVersion()) {
      throw ProblemException.staleVersion(
          "Score override", target.id, target.version, change.expectedVersion());
    }
    ScoreOverrideState next = next(target, step, filingId, latest);
    if (step == ScoreOverrideStep.RECONFIRM
        && !ScoreOverridePolicy.overrides(latest.band, target.band)) {
      throw new ProblemException(
          ScoringProblems.OVERRIDE_UNCHANGED,
          "Version "
              + latest.versionNumber
              + " of filing "
              + filingId
              + " is computed "
              + latest.band
              + " now, the override's band: there is nothing to re-confirm; let it lapse");
    }
    Instant now = now();
    String who = actor();
    if (step == ScoreOverrideStep.RECONFIRM) {
      target.reconfirm(who, now);
    } else {
      target.resolve(next, who, now);
    }
    overrides.flush();
    ScoreOverrideView view = ScoreOverrideView.of(target, true);
    audit.append(new AuditLog.Entry(action, "ScoreOverride", target.id, target.platformId, view));
    fireBandChanged(target, latest);
    return view;
  }

  /** Where the step takes the override, or the 409 naming where it may go from its state. */
  private static ScoreOverrideState next(
      ScoreOverride override, ScoreOverrideStep step, UUID filingId, Score latest) {
    return ScoreOverridePolicy.after(override.state, step)
        .orElseThrow(
            () -> {
              List<ScoreOverrideState> allowed =
                  ScoreOverridePolicy.nextStatesByAnalyst(override.state);
              return ProblemException.notAllowedFrom(
                  ScoringProblems.OVERRIDE_STEP_NOT_ALLOWED,
                  "The override of version "
                      + latest.versionNumber
                      + " of filing "
                      + filingId
                      + " is "
                      + override.state
                      + ": it cannot "
                      + verb(step)
                      + (allowed.isEmpty()
                          ? "; make a new override instead"
                          : "; it may become "
                              + String.join(", ", allowed.stream().map(Enum::name).toList())),
                  allowed.stream().map(Enum::name).toList());
            });
  }

  private static String verb(ScoreOverrideStep step) {
    return switch (step) {
      case SUPERSEDE -> "be superseded";
      case RECONFIRM -> "be re-confirmed";
      case LAPSE -> "lapse";
      case WITHDRAW -> "be withdrawn";
      case CARRY_FORWARD -> "be carried forward";
    };
  }

  private void fireBandChanged(ScoreOverride override, Score latest) {
    boolean counts = ScoreOverridePolicy.counts(override.state);
    bandChanged.fire(
        new EffectiveBandChanged(
            override.filingId,
            override.platformId,
            latest.versionNumber,
            ScoreOverridePolicy.effectiveBand(latest.band, override.band, override.state),
            counts));
  }

  /**
   * The filing's latest scored version once the filing's override lock is held: read again after
   * the lock, as a submission may have committed a later version meanwhile.
   */
  private Score lockedLatest(UUID filingId) {
    Score seen = requireLatest(filingId);
    overrides.lockOverridesOf(seen.platformId, filingId);
    return requireLatest(filingId);
  }

  private Score requireLatest(UUID filingId) {
    return scores
        .latestOf(filingId)
        .orElseThrow(() -> ProblemException.notFound("A scored version of filing", filingId));
  }

  private static OptionalLong highestVersion(List<ScoreOverride> history) {
    return history.stream().mapToLong(o -> o.version).max();
  }

  /** Who is changing: the signed-in caller, or the service itself outside any request. */
  private String actor() {
    return Arc.container().requestContext().isActive() && caller.isAuthenticated()
        ? caller.username()
        : AuditLog.SYSTEM_ACTOR;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
