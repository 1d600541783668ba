package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.error.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "3f2b8c1e-6a1d-4c55-9a53-0c1f7f5d2e11", "01J9ZQ-retry#2", "~!{}"})
  void printableAsciiKeysAreAccepted(String key) {
    assertThat(IdempotencyKey.fromHeader(key)).contains(new IdempotencyKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two words", "tab\there", "clé", "line\nbreak"})
  void otherKeysAreRefusedOnTheHeader(String key) {
    assertThatThrownBy(() -> IdempotencyKey.fromHeader(key))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.is(FilingProblems.INVALID_IDEMPOTENCY_KEY)).isTrue();
              assertThat(e.errors()).extracting("field").containsExactly("header.Idempotency-Key");
            });
  }

  @Test
  void aKeyIsAtMost255Characters() {
    assertThat(IdempotencyKey.fromHeader("k".repeat(255))).isPresent();
    assertThatThrownBy(() -> IdempotencyKey.fromHeader("k".repeat(256)))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void noHeaderIsNoKey() {
    assertThat(IdempotencyKey.fromHeader(null)).isEmpty();
  }
}
