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
 * @param readers concurrent clients of the read-heavy run, each reading as fast as it can
 * @param readsRate submissions per second beside the readers, for {@code pacedSeconds}
 * @param soakRate submissions per second of the soak
 * @param soakSeconds how long the soak lasts; 0 (the default) leaves it out
 */
record BenchmarkSettings(
    int platforms,
    int concurrency,
    int pacedRate,
    int pacedSeconds,
    int warmup,
    int readers,
    int readsRate,
    int soakRate,
    int soakSeconds) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(
        positive("benchmark.platforms", 1000),
        positive("benchmark.concurrency", 32),
        positive("benchmark.paced-rate", 200),
        positive("benchmark.paced-seconds", 10),
        positive("benchmark.warmup", 1000),
        positive("benchmark.readers", 50),
        positive("benchmark.reads-rate", 100),
        positive("benchmark.soak-rate", 100),
        atLeast("benchmark.soak-seconds", 0, 0));
  }

  int pacedSubmissions() {
    return pacedRate * pacedSeconds;
  }

  int readsSubmissions() {
    return readsRate * pacedSeconds;
  }

  int soakSubmissions() {
    return soakRate * soakSeconds;
  }

  private static int positive(String property, int fallback) {
    return atLeast(property, fallback, 1);
  }

  private static int atLeast(String property, int fallback, int least) {
    int value = Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).strip());
    if (value < least) {
      throw new IllegalArgumentException(
          property + " must be at least " + least + ", was " + value);
    }
    return value;
  }
}
