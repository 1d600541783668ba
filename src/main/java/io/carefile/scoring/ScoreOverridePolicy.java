package io.carefile.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The rules of score overrides. An analyst overrides the band of a return's latest version with a
 * band that differs from the computed one; a second override of the same version supersedes the
 * first; an analyst may withdraw an ACTIVE override. When a later version is scored, the current
 * override (ACTIVE or AWAITING_RECONFIRMATION) is carried onto it as AWAITING_RECONFIRMATION: it
 * still counts, flagged, until an analyst re-confirms it (ACTIVE again, for the new version; only
 * when it still differs from the new computed band) or lets it lapse. The override of an earlier
 * version is left CARRIED_FORWARD, and still counts for that version. Plain Java, tested with a
 * table.
 */
public final class ScoreOverridePolicy {

  /** The expectedVersion that says "no override applies, as I read it". */
  public static final long NONE_CURRENT = 0;

  private static final Map<ScoreOverrideState, Map<ScoreOverrideStep, ScoreOverrideState>> STEPS =
      new EnumMap<>(ScoreOverrideState.class);

  private static final Set<ScoreOverrideState> CURRENT =
      Set.of(ScoreOverrideState.ACTIVE, ScoreOverrideState.AWAITING_RECONFIRMATION);

  static {
    STEPS.put(
        ScoreOverrideState.ACTIVE,
        Map.of(
            ScoreOverrideStep.SUPERSEDE, ScoreOverrideState.SUPERSEDED,
            ScoreOverrideStep.WITHDRAW, ScoreOverrideState.WITHDRAWN,
            ScoreOverrideStep.CARRY_FORWARD, ScoreOverrideState.CARRIED_FORWARD));
    STEPS.put(
        ScoreOverrideState.AWAITING_RECONFIRMATION,
        Map.of(
            ScoreOverrideStep.RECONFIRM, ScoreOverrideState.ACTIVE,
            ScoreOverrideStep.LAPSE, ScoreOverrideState.LAPSED,
            ScoreOverrideStep.SUPERSEDE, ScoreOverrideState.SUPERSEDED,
            ScoreOverrideStep.CARRY_FORWARD, ScoreOverrideState.CARRIED_FORWARD));
  }

  private ScoreOverridePolicy() {}

  /** The state the step leads to from {@code from}, or empty when it is not allowed there. */
  public static Optional<ScoreOverrideState> after(
      ScoreOverrideState from, ScoreOverrideStep step) {
    return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(step));
  }

  /**
   * The states an analyst's step can lead to from {@code from}, in the states' order: what a
   * refused step names as allowed.
   */
  public static List<ScoreOverrideState> nextStatesByAnalyst(ScoreOverrideState from) {
    return STEPS.getOrDefault(from, Map.of()).entrySet().stream()
        .filter(step -> step.getKey().byAnalyst())
        .map(Map.Entry::getValue)
        .distinct()
        .sorted()
        .toList();
  }

  /** ACTIVE or AWAITING_RECONFIRMATION: it applies to the return's latest version now. */
  public static boolean isCurrent(ScoreOverrideState state) {
    return CURRENT.contains(state);
  }

  /**
   * Whether an override in this state decides its version's effective band: a current one, or one
   * that did until an amendment carried it on.
   */
  public static boolean counts(ScoreOverrideState state) {
    return isCurrent(state) || state == ScoreOverrideState.CARRIED_FORWARD;
  }

  /**
   * Whether an analyst may give a version scored {@code computed} the band {@code band}, by a new
   * override or by re-confirming a carried one: only a different band is an override.
   */
  public static boolean overrides(ScoreBand computed, ScoreBand band) {
    return band != computed;
  }

  /** The band that counts for a version: its override's when one counts, else the computed one. */
  public static ScoreBand effectiveBand(
      ScoreBand computed, ScoreBand overrideBand, ScoreOverrideState overrideState) {
    return overrideBand != null && overrideState != null && counts(overrideState)
        ? overrideBand
        : computed;
  }

  /**
   * The version a new override of a filing starts at: above every version any earlier override of
   * the filing has reached, so that an expectedVersion read from one override (or {@link
   * #NONE_CURRENT}) never matches another.
   */
  public static long firstVersion(OptionalLong highestEarlier) {
    return Math.max(NONE_CURRENT, highestEarlier.orElse(NONE_CURRENT)) + 1;
  }
}
