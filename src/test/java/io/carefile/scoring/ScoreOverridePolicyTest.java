package io.carefile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every override state against every step, and the bands that count: the rules as a table. */
class ScoreOverridePolicyTest {

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "ACTIVE, SUPERSEDE, SUPERSEDED",
    "ACTIVE, RECONFIRM, -",
    "ACTIVE, LAPSE, -",
    "ACTIVE, WITHDRAW, WITHDRAWN",
    "ACTIVE, CARRY_FORWARD, CARRIED_FORWARD",
    "AWAITING_RECONFIRMATION, SUPERSEDE, SUPERSEDED",
    "AWAITING_RECONFIRMATION, RECONFIRM, ACTIVE",
    "AWAITING_RECONFIRMATION, LAPSE, LAPSED",
    "AWAITING_RECONFIRMATION, WITHDRAW, -",
    "AWAITING_RECONFIRMATION, CARRY_FORWARD, CARRIED_FORWARD",
    "CARRIED_FORWARD, SUPERSEDE, -",
    "CARRIED_FORWARD, RECONFIRM, -",
    "CARRIED_FORWARD, LAPSE, -",
    "CARRIED_FORWARD, WITHDRAW, -",
    "CARRIED_FORWARD, CARRY_FORWARD, -",
    "SUPERSEDED, SUPERSEDE, -",
    "SUPERSEDED, RECONFIRM, -",
    "SUPERSEDED, LAPSE, -",
    "SUPERSEDED, WITHDRAW, -",
    "SUPERSEDED, CARRY_FORWARD, -",
    "LAPSED, SUPERSEDE, -",
    "LAPSED, RECONFIRM, -",
    "LAPSED, LAPSE, -",
    "LAPSED, WITHDRAW, -",
    "LAPSED, CARRY_FORWARD, -",
    "WITHDRAWN, SUPERSEDE, -",
    "WITHDRAWN, RECONFIRM, -",
    "WITHDRAWN, LAPSE, -",
    "WITHDRAWN, WITHDRAW, -",
    "WITHDRAWN, CARRY_FORWARD, -",
  })
  void aStepLeadsWhereThePolicySays(ScoreOverrideState from, ScoreOverrideStep step, String to) {
    assertThat(ScoreOverridePolicy.after(from, step).map(Enum::name).orElse("-")).isEqualTo(to);
  }

  @Test
  void everyStateAndStepIsInTheTable() {
    assertThat(ScoreOverrideState.values().length * ScoreOverrideStep.values().length)
        .isEqualTo(30);
  }

  @ParameterizedTest(name = "from {0} an analyst may make it {1}")
  @CsvSource({
    "ACTIVE, SUPERSEDED WITHDRAWN",
    "AWAITING_RECONFIRMATION, ACTIVE SUPERSEDED LAPSED",
    "CARRIED_FORWARD, ''",
    "SUPERSEDED, ''",
    "LAPSED, ''",
    "WITHDRAWN, ''",
  })
  void aRefusalNamesWhereAnAnalystMayTakeIt(ScoreOverrideState from, String allowed) {
    assertThat(ScoreOverridePolicy.nextStatesByAnalyst(from))
        .map(Enum::name)
        .containsExactly(allowed.isEmpty() ? new String[0] : allowed.split(" "));
  }

  @ParameterizedTest(name = "{0}: current {1}, counts {2}")
  @CsvSource({
    "ACTIVE, true, true",
    "AWAITING_RECONFIRMATION, true, true",
    "CARRIED_FORWARD, false, true",
    "SUPERSEDED, false, false",
    "LAPSED, false, false",
    "WITHDRAWN, false, false",
  })
  void currentOverridesApplyNowAndCarriedOnesStillCountForTheirVersion(
      ScoreOverrideState state, boolean current, boolean counts) {
    assertThat(ScoreOverridePolicy.isCurrent(state)).isEqualTo(current);
    assertThat(ScoreOverridePolicy.counts(state)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "computed {0}, override {1} {2}: {3}")
  @CsvSource({
    "GREEN, RED, ACTIVE, RED",
    "GREEN, RED, AWAITING_RECONFIRMATION, RED",
    "AMBER, RED, CARRIED_FORWARD, RED",
    "GREEN, RED, SUPERSEDED, GREEN",
    "AMBER, GREEN, LAPSED, AMBER",
    "RED, AMBER, WITHDRAWN, RED",
    "NOT_SCORED, AMBER, ACTIVE, AMBER",
    "NOT_SCORED, AMBER, WITHDRAWN, NOT_SCORED",
  })
  void theEffectiveBandIsTheCountingOverridesElseTheComputedOne(
      ScoreBand computed, ScoreBand band, ScoreOverrideState state, ScoreBand effective) {
    assertThat(ScoreOverridePolicy.effectiveBand(computed, band, state)).isEqualTo(effective);
  }

  @Test
  void withNoOverrideTheComputedBandCounts() {
    for (ScoreBand computed : ScoreBand.values()) {
      assertThat(ScoreOverridePolicy.effectiveBand(computed, null, null)).isEqualTo(computed);
    }
  }

  @Test
  void onlyAnotherBandThanTheComputedOneIsAnOverride() {
    for (OverrideBand band : OverrideBand.values()) {
      for (ScoreBand computed : ScoreBand.values()) {
        assertThat(ScoreOverridePolicy.overrides(computed, band.band()))
            .as("%s over %s", band, computed)
            .isEqualTo(band.band() != computed);
      }
    }
    assertThat(Arrays.stream(OverrideBand.values()).map(OverrideBand::band))
        .containsExactly(ScoreBand.GREEN, ScoreBand.AMBER, ScoreBand.RED);
  }

  @Test
  void aNewOverrideStartsAboveEveryVersionBefore() {
    assertThat(ScoreOverridePolicy.firstVersion(OptionalLong.empty())).isEqualTo(1);
    assertThat(ScoreOverridePolicy.firstVersion(OptionalLong.of(1))).isEqualTo(2);
    assertThat(ScoreOverridePolicy.firstVersion(OptionalLong.of(7))).isEqualTo(8);
    assertThat(ScoreOverridePolicy.firstVersion(OptionalLong.empty()))
        .isGreaterThan(ScoreOverridePolicy.NONE_CURRENT);
  }
}
