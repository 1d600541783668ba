package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The platform completes an open requirement, an officer verifies it, unless set aside. */
class RequirementPolicyTest {

  @ParameterizedTest(name = "{0} with appeal {1}: complete {2}, verify {3}, next {4}")
  @CsvSource({
    "OPEN, -, true, false, COMPLETED",
    "COMPLETED, -, false, true, VERIFIED",
    "VERIFIED, -, false, false, ''",
    "OPEN, LODGED, true, false, COMPLETED",
    "COMPLETED, LODGED, false, true, VERIFIED",
    "OPEN, DISMISSED, true, false, COMPLETED",
    "COMPLETED, DISMISSED, false, true, VERIFIED",
    "OPEN, UPHELD, false, false, ''",
    "COMPLETED, UPHELD, false, false, ''",
    "VERIFIED, UPHELD, false, false, ''",
  })
  void aRequirementIsCompletedThenVerifiedUnlessTheDecisionWasSetAside(
      RequirementStatus status,
      String appeal,
      boolean mayComplete,
      boolean mayVerify,
      String next) {
    Optional<AppealStatus> appealed =
        appeal.equals("-") ? Optional.empty() : Optional.of(AppealStatus.valueOf(appeal));
    List<String> expected = next.isEmpty() ? List.of() : Arrays.asList(next.split(" "));
    assertThat(RequirementPolicy.mayComplete(status, appealed)).isEqualTo(mayComplete);
    assertThat(RequirementPolicy.mayVerify(status, appealed)).isEqualTo(mayVerify);
    assertThat(RequirementPolicy.nextStatuses(status, appealed).stream().map(Enum::name))
        .containsExactlyElementsOf(expected);
  }
}
