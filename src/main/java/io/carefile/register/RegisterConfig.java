package io.carefile.register;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public register's settings ({@code carefile.register.*}). */
@ConfigMapping(prefix = "carefile.register")
public interface RegisterConfig {

  /**
   * k: a figure the register publishes is counted over at least this many platforms, or withheld.
   */
  @WithDefault("5")
  int minCohort();
}
