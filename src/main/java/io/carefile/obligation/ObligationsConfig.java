package io.carefile.obligation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When obligations are generated and marked overdue. */
@ConfigMapping(prefix = "carefile.obligations")
public interface ObligationsConfig {

  /**
   * When the daily run generates each template's last ended period and marks overdue obligations,
   * as a Quartz cron expression in the regulator's time zone.
   */
  @WithDefault("0 15 0 * * ?")
  String dailyCron();

  /**
   * Whether the application also does the daily run as it starts, so that a fresh installation (or
   * one that was down at the scheduled time) has its obligations without waiting for the next run.
   * The run is idempotent, so replicas starting together are harmless.
   */
  @WithDefault("true")
  boolean generateAtStart();
}
