package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each kind of ground must link, and which grounds share a key (so open one case only). */
class EnforcementGroundsTest {

  private static final UUID PLATFORM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID OTHER_PLATFORM =
      UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID OBLIGATION = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID FILING = UUID.fromString("00000000-0000-0000-0000-000000000002");

  @ParameterizedTest(name = "{0} with obligation {1}, filing {2}, rule {3}, finding {4}: {5}")
  @CsvSource({
    "OVERDUE_OBLIGATION, true, false, false, false, -",
    "OVERDUE_OBLIGATION, false, true, true, true, obligationId",
    "RED_SCORE, false, true, false, false, -",
    "RED_SCORE, true, false, true, true, filingId",
    "REJECTED_RETURN, false, true, false, false, -",
    "REJECTED_RETURN, true, false, false, false, filingId",
    "BREACH_RULE, false, false, true, false, -",
    "BREACH_RULE, false, true, false, true, ruleId",
    "OFFICER_DECISION, false, false, false, true, -",
    "OFFICER_DECISION, true, true, true, false, finding",
  })
  void eachKindNeedsItsLink(
      GroundKind kind,
      boolean obligation,
      boolean filing,
      boolean rule,
      boolean finding,
      String missing) {
    assertThat(
            EnforcementGrounds.missing(
                    kind,
                    obligation ? OBLIGATION : null,
                    filing ? FILING : null,
                    rule ? "CSAMQ-R001" : null,
                    finding ? "Hash matching is off" : null)
                .orElse("-"))
        .isEqualTo(missing);
  }

  @Test
  void blankRuleIdsAndFindingsAreMissing() {
    assertThat(EnforcementGrounds.missing(GroundKind.BREACH_RULE, null, null, " ", null))
        .contains("ruleId");
    assertThat(EnforcementGrounds.missing(GroundKind.OFFICER_DECISION, null, null, null, " "))
        .contains("finding");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "OVERDUE_OBLIGATION, OVERDUE_OBLIGATION:00000000-0000-0000-0000-000000000001",
    "RED_SCORE, RED_SCORE:00000000-0000-0000-0000-000000000002",
    "REJECTED_RETURN, REJECTED_RETURN:00000000-0000-0000-0000-000000000002",
    "BREACH_RULE,"
        + " BREACH_RULE:00000000-0000-0000-0000-00000000000a:CSAMQ-R001:00000000-0000-0000-0000-000000000002",
    "OFFICER_DECISION, -",
  })
  void eachKindIsKeyedByWhatATriggerWouldOpenACaseFor(GroundKind kind, String key) {
    assertThat(
            EnforcementGrounds.keyOf(PLATFORM, kind, OBLIGATION, FILING, "CSAMQ-R001").orElse("-"))
        .isEqualTo(key);
  }

  @Test
  void aReturnsRedScoreIsOneGroundWhateverItsVersionAndDiffersFromItsRejection() {
    // The version is not part of the key: a second RED amendment is the same ground.
    assertThat(EnforcementGrounds.keyOf(PLATFORM, GroundKind.RED_SCORE, null, FILING, null))
        .isEqualTo(
            EnforcementGrounds.keyOf(PLATFORM, GroundKind.RED_SCORE, OBLIGATION, FILING, "x"));
    assertThat(EnforcementGrounds.keyOf(PLATFORM, GroundKind.RED_SCORE, null, FILING, null))
        .isNotEqualTo(
            EnforcementGrounds.keyOf(PLATFORM, GroundKind.REJECTED_RETURN, null, FILING, null));
  }

  @Test
  void aBreachRuleIsKeyedByPlatformRuleAndReturn() {
    assertThat(EnforcementGrounds.keyOf(PLATFORM, GroundKind.BREACH_RULE, null, null, "R1"))
        .contains("BREACH_RULE:" + PLATFORM + ":R1")
        .isNotEqualTo(
            EnforcementGrounds.keyOf(OTHER_PLATFORM, GroundKind.BREACH_RULE, null, null, "R1"))
        .isNotEqualTo(
            EnforcementGrounds.keyOf(PLATFORM, GroundKind.BREACH_RULE, null, FILING, "R1"));
  }

  @Test
  void aCaseReferenceHasItsYearAndAtLeastSixDigits() {
    assertThat(CaseReference.of(2026, 123)).isEqualTo("ENF-2026-000123");
    assertThat(CaseReference.of(2027, 1_234_567)).isEqualTo("ENF-2027-1234567");
  }
}
