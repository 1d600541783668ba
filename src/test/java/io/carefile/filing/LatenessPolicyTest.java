package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatenessPolicyTest {

  @ParameterizedTest(name = "grace {0}, version {1}, submitted {2}, due {3}: late={4}")
  @CsvSource({
    "0, 1, 2026-07-31, 2026-07-31, false",
    "0, 1, 2026-07-30, 2026-07-31, false",
    "0, 1, 2026-08-01, 2026-07-31, true",
    "0, 1, 2027-01-01, 2026-07-31, true",
    "0, 2, 2026-08-01, 2026-07-31, false",
    "0, 3, 2027-01-01, 2026-07-31, false",
    "3, 1, 2026-08-03, 2026-07-31, false",
    "3, 1, 2026-08-04, 2026-07-31, true",
    "3, 2, 2026-08-04, 2026-07-31, false",
    "0, 1, 2028-03-01, 2028-02-29, true",
  })
  void aFirstSubmissionAfterTheDueDateAndGraceIsLate(
      int graceDays, int version, LocalDate submittedOn, LocalDate dueDate, boolean late) {
    assertThat(new LatenessPolicy(graceDays).isLate(version, submittedOn, dueDate)).isEqualTo(late);
  }

  @Test
  void graceCannotBeNegative() {
    assertThatThrownBy(() -> new LatenessPolicy(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
