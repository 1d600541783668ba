package io.carefile.benchmark;

/**
 * What a deadline-day run does, from system properties ({@code -Dbenchmark.platforms=...} on the
 * Maven command line), with defaults that size a realistic deadline day for the targets.
 *
 * @param platforms N: platforms, each submitting one return in the max-throughput run and in the
 *     JDBC baseline
 * @param concurrency C: concurrent clients of the max-throughput run and of the baseline
 * @param pacedRate submissions per second of the paced (open-loop) run
 * @param pacedSeconds how long the paced run lasts; it submits {@code pacedRate * pacedSeconds}
 * @param warmup submissions before the HTTP runs and before the baseline, not measured, so that
 *     both are timed with their code compiled
 */
record BenchmarkSettings(
    int platforms, int concurrency, int pacedRate, int pacedSeconds, int warmup) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(
        positive("benchmark.platforms", 1000),
        positive("benchmark.concurrency", 32),
        positive("benchmark.paced-rate", 200),
        positive("benchmark.paced-seconds", 10),
        positive("benchmark.warmup", 1000));
  }

  int pacedSubmissions() {
    return pacedRate * pacedSeconds;
  }

  private static int positive(String property, int fallback) {
    int value = Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).strip());
    if (value < 1) {
      throw new IllegalArgumentException(property + " must be positive, was " + value);
    }
    return value;
  }
}
