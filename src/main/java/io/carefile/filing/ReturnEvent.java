package io.carefile.filing;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a return's history as its workbook lists it: what happened, when, to which submitted
 * version (none for the draft), by whom, and anything more it said.
 */
public record ReturnEvent(Instant at, String event, Integer version, String by, String detail) {

  public ReturnEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(event, "event");
  }
}
