package io.carefile.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often, and in batches of how many, committed audit events are chained. */
@ConfigMapping(prefix = "carefile.audit.sequencer")
public interface AuditSequencerConfig {

  /** The interval of the chaining job, read by its {@code @Scheduled(every = ...)}. */
  @WithDefault("200ms")
  String every();

  @WithDefault("500")
  int batchSize();
}
