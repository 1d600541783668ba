package io.carefile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size bands of UK monthly users: the defaults of carefile.benchmarks.size-bands. */
class SizeBandsTest {

  static final SizeBands DEFAULTS =
      bands("under-1m:0,1m-to-7m:1000000,7m-to-34m:7000000,34m-and-over:34_000_000");

  @ParameterizedTest(name = "{0} users")
  @CsvSource({
    "0, under-1m",
    "999999, under-1m",
    "1000000, 1m-to-7m",
    "6999999, 1m-to-7m",
    "7000000, 7m-to-34m",
    "33999999, 7m-to-34m",
    "34000000, 34m-and-over",
    "40000000, 34m-and-over",
    "9223372036854775807, 34m-and-over"
  })
  void aPlatformIsInTheLastBandWhoseLowerBoundItReaches(long users, String band) {
    assertThat(DEFAULTS.bandOf(users).code()).isEqualTo(band);
  }

  @Test
  void bandsAreFoundByCode() {
    assertThat(DEFAULTS.find("7m-to-34m")).map(SizeBand::fromUsers).contains(7_000_000L);
    assertThat(DEFAULTS.find("7M-TO-34M")).isEmpty();
    assertThat(DEFAULTS.codes())
        .containsExactly("under-1m", "1m-to-7m", "7m-to-34m", "34m-and-over");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "small:1,big:100 | must start at 0 users",
        "small:0,big:100,bigger:100 | must rise",
        "small:0,big:10,medium:5 | must rise",
        "small:0,small:10 | configured twice",
        "Small:0 | lower-case",
        "small | code:fromUsers",
        "small:many | whole number",
        "small:-1 | below 0"
      })
  void aBadConfigurationIsRefusedAtOnce(String configured, String message) {
    assertThatThrownBy(() -> bands(configured))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void atLeastOneBand() {
    assertThatThrownBy(() -> new SizeBands(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static SizeBands bands(String configured) {
    return new SizeBands(Arrays.stream(configured.split(",")).map(SizeBand::of).toList());
  }
}
