package io.carefile.common.error;

import java.net.URI;

/**
 * One distinct refusal: a stable type {@code urn:carefile:problem:<code>}, its HTTP status and a
 * short title. Callers (pages included) decide by {@link #code()} and field paths, never by the
 * detail text. Each feature lists its own refusals in an enum implementing this interface; the
 * shared ones are in {@link ProblemType}. Every code is documented in {@code docs/problems.md}.
 */
public interface ProblemCode {

  String PREFIX = "urn:carefile:problem:";

  /** What a refusal is, as its enum constant declares it. */
  record Definition(int status, String code, String title) {}

  Definition definition();

  default int status() {
    return definition().status();
  }

  default String code() {
    return definition().code();
  }

  default String title() {
    return definition().title();
  }

  default URI uri() {
    return URI.create(PREFIX + code());
  }
}
