package io.carefile.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Peer benchmarks: the size bands of the size-band peer groups, and small-cohort suppression. */
@ConfigMapping(prefix = "carefile.benchmarks")
public interface BenchmarksConfig {

  /**
   * The size bands, in rising order of their lower bound of UK monthly active users, each written
   * {@code code:fromUsers}; the first starts at 0. Recorded with every score as its platform's band
   * at submission, so a change applies to later submissions only.
   */
  @WithDefault("under-1m:0,1m-to-7m:1000000,7m-to-34m:7000000,34m-and-over:34000000")
  List<SizeBand> sizeBands();

  /**
   * k: a platform sees nothing about its peers computed over fewer than this many platforms (its
   * own included).
   */
  @WithDefault("5")
  int minCohort();
}
