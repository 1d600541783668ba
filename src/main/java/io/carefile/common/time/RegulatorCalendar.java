package io.carefile.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar dates as the regulator counts them: due dates and "today" are dates in the regulator's
 * time zone (Europe/London by default), whatever the server's zone.
 */
@ApplicationScoped
public class RegulatorCalendar {

  private final Clock clock;
  private final ZoneId zone;

  RegulatorCalendar(Clock clock, RegulatorConfig config) {
    this.clock = clock;
    this.zone = config.timeZone();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  public ZoneId zone() {
    return zone;
  }
}
