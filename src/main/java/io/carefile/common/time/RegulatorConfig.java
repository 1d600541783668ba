package io.carefile.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Where the regulator is: the zone its due dates and "today" are counted in. */
@ConfigMapping(prefix = "carefile.regulator")
public interface RegulatorConfig {

  @WithDefault("Europe/London")
  ZoneId timeZone();
}
