package io.carefile.benchmark;

import java.util.Arrays;

/**
 * The outcome of one timed run: how many requests, how long the whole run took, and each request's
 * latency. Percentiles are nearest-rank over every recorded latency, with no bucketing.
 */
record Latencies(int requests, int errors, long wallNanos, long[] sortedNanos) {

  static Latencies of(long[] latencyNanos, int errors, long wallNanos) {
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    return new Latencies(latencyNanos.length, errors, wallNanos, sorted);
  }

  double perSecond() {
    return requests / (wallNanos / 1e9);
  }

  double wallSeconds() {
    return wallNanos / 1e9;
  }

  /** The latency in milliseconds below which a share {@code p} (0 to 1) of requests finished. */
  double percentileMillis(double p) {
    int rank = (int) Math.ceil(p * sortedNanos.length);
    return sortedNanos[Math.clamp(rank - 1, 0, sortedNanos.length - 1)] / 1e6;
  }

  double maxMillis() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }
}
