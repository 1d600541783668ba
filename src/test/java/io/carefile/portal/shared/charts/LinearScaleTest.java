package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Axes of round numbers: the domain, the step and the labels, worked by hand. */
class LinearScaleTest {

  static Stream<Arguments> spans() {
    // span, at most this many intervals -> step (span / intervals, rounded up to 1, 2, 2.5, 5 x
    // 10^n)
    return Stream.of(
        Arguments.of("100", 4, "25"),
        Arguments.of("100", 5, "20"),
        Arguments.of("100", 10, "10"),
        Arguments.of("0.19", 5, "0.05"),
        Arguments.of("3", 5, "1"),
        Arguments.of("7", 5, "2"),
        Arguments.of("12", 5, "2.5"),
        Arguments.of("24", 5, "5"),
        Arguments.of("26", 5, "10"),
        Arguments.of("1000000", 5, "200000"),
        Arguments.of("0.0003", 3, "0.0001"));
  }

  @ParameterizedTest
  @MethodSource("spans")
  void aStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(String span, int intervals, String step) {
    assertThat(LinearScale.niceStep(new BigDecimal(span), intervals)).isEqualByComparingTo(step);
  }

  static Stream<Arguments> data() {
    // values -> min, max, step, tick labels
    return Stream.of(
        Arguments.of(
            List.of(0.8, 0.99),
            "0.8",
            "1",
            "0.05",
            List.of("0.80", "0.85", "0.90", "0.95", "1.00")),
        Arguments.of(List.of(61.5, 89.58), "60", "90", "10", List.of("60", "70", "80", "90")),
        Arguments.of(List.of(-3, 12), "-5", "15", "5", List.of("-5", "0", "5", "10", "15")),
        Arguments.of(
            List.of(1200, 48000),
            "0",
            "50000",
            "10000",
            List.of("0", "10,000", "20,000", "30,000", "40,000", "50,000")));
  }

  @ParameterizedTest
  @MethodSource("data")
  void aScaleCoversItsDataWithRoundEnds(
      List<Number> values, String min, String max, String step, List<String> labels) {
    LinearScale scale = LinearScale.covering(values, 5);

    assertThat(scale.min()).isEqualByComparingTo(min);
    assertThat(scale.max()).isEqualByComparingTo(max);
    assertThat(scale.step()).isEqualByComparingTo(step);
    assertThat(scale.ticks().stream().map(scale::label)).containsExactlyElementsOf(labels);
  }

  @Test
  void noDataStillHasAnAxisFromZeroToOne() {
    LinearScale scale = LinearScale.covering(List.of(), 5);

    assertThat(scale.min()).isEqualByComparingTo("0");
    assertThat(scale.max()).isEqualByComparingTo("1");
    assertThat(scale.ticks().stream().map(scale::label))
        .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
  }

  @Test
  void aSingleValueSitsInsideItsAxisNotOnItsEdge() {
    LinearScale scale = LinearScale.covering(List.of(new BigDecimal("89.58")), 5);

    // 89.58 +/- 10 (the power of ten below it) = 79.58 to 99.58, rounded out to steps of 5.
    assertThat(scale.min()).isEqualByComparingTo("75");
    assertThat(scale.max()).isEqualByComparingTo("100");
    assertThat(scale.step()).isEqualByComparingTo("5");
    double position = scale.position(new BigDecimal("89.58"), 200, 0);
    assertThat(position).isStrictlyBetween(0.0, 200.0);
  }

  @Test
  void valuesThatAreAllEqualAreTreatedAsOne() {
    LinearScale scale = LinearScale.covering(List.of(0.5, 0.5, 0.5), 5);

    // 0.5 +/- 0.1 = 0.4 to 0.6, in steps of 0.05
    assertThat(scale.min()).isEqualByComparingTo("0.4");
    assertThat(scale.max()).isEqualByComparingTo("0.6");
    assertThat(scale.ticks()).hasSize(5);
  }

  @Test
  void valuesThatAreAllZeroCoverZeroToOne() {
    LinearScale scale = LinearScale.covering(List.of(0, 0), 5);

    assertThat(scale.min()).isEqualByComparingTo("0");
    assertThat(scale.max()).isEqualByComparingTo("1");
  }

  @Test
  void nullsAreLeftOut() {
    List<Number> values = new java.util.ArrayList<>();
    values.add(null);
    values.add(10);
    values.add(20);

    LinearScale scale = LinearScale.covering(values, 5);

    assertThat(scale.min()).isEqualByComparingTo("10");
    assertThat(scale.max()).isEqualByComparingTo("20");
  }

  @Test
  void countsStartAtZeroAndStepInWholeNumbers() {
    LinearScale scale = LinearScale.countsCovering(List.of(1, 3, 2), 5);

    assertThat(scale.min()).isEqualByComparingTo("0");
    assertThat(scale.max()).isEqualByComparingTo("3");
    assertThat(scale.ticks().stream().map(scale::label)).containsExactly("0", "1", "2", "3");
    assertThat(LinearScale.countsCovering(List.of(), 5).ticks().stream().map(scale::label))
        .containsExactly("0", "1");
  }

  @Test
  void aFixedScaleKeepsItsEndsAndStep() {
    LinearScale scale =
        LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25));

    assertThat(scale.ticks().stream().map(scale::label))
        .containsExactly("0", "25", "50", "75", "100");
    assertThat(scale.ticksBetween(236, 24))
        .containsExactly(
            new Tick("0", 236),
            new Tick("25", 183),
            new Tick("50", 130),
            new Tick("75", 77),
            new Tick("100", 24));
  }

  @Test
  void positionsMapLinearlyAndStopAtTheEdges() {
    LinearScale scale =
        LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25));

    // 236 - 89.58% of 212 = 236 - 189.9096 = 46.0904 -> 46.1
    assertThat(scale.position(new BigDecimal("89.58"), 236, 24)).isEqualTo(46.1);
    assertThat(scale.position(150, 236, 24)).isEqualTo(24.0);
    assertThat(scale.position(-5, 236, 24)).isEqualTo(236.0);
    assertThat(scale.position(50, 0, 640)).isEqualTo(320.0);
  }

  @Test
  void labelsNeverShowFloatingPointNoise() {
    LinearScale scale = LinearScale.covering(List.of(0.1, 0.7), 6);

    assertThat(scale.ticks().stream().map(scale::label))
        .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
  }

  @Test
  void aScaleWithoutSpanOrStepIsRefused() {
    assertThatThrownBy(() -> LinearScale.fixed(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinearScale.fixed(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinearScale.covering(List.of(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinearScale.covering(List.of(Double.NaN), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
