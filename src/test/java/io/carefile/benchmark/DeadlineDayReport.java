package io.carefile.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a deadline-day run as Markdown: the machine, the runs, where their CPU went, the
 * statements they ran, the reads beside them, the heap, the profile, and the targets.
 */
final class DeadlineDayReport {

  /** Issue 14's targets, each against the baseline measured in the same run where it can be. */
  static final double TARGET_THROUGHPUT_RATIO = 0.5;

  static final double TARGET_CPU_RATIO = 2.0;
  static final double TARGET_POSTGRES_RATIO = 1.3;
  static final double TARGET_PACED_P99_MILLIS = 250;

  /** A paced run holds its rate when it achieves this share of it. */
  static final double PACED_RATE_HELD = 0.98;

  static final long TARGET_HEAP_BYTES = 512L * 1024 * 1024;

  /** Rows of the profile's tables. */
  private static final int PROFILE_ROWS = 25;

  /** One timed run, with the CPU its processes used and the machine's load when it started. */
  record Run(
      String name,
      Latencies latencies,
      CpuMeter.Usage cpu,
      double loadBefore,
      List<String> roles,
      StatementCounter.Counts statements) {

    double perSubmission(long count) {
      return (double) count / latencies.requests();
    }

    /** Milliseconds of CPU per submission. */
    double cpuMillis(long nanos) {
      return nanos / 1e6 / latencies.requests();
    }

    /**
     * What the submission itself costs, the load generator apart: everything but the HTTP runs'
     * client threads. A baseline's client threads are its writers, so they count.
     */
    double serverCpuMillis(boolean clientIsTheWriter) {
      long nanos = cpu.application() + cpu.jvmOther() + cpu.postgres() + cpu.keycloak();
      return cpuMillis(clientIsTheWriter ? nanos + cpu.client() : nanos);
    }
  }

  private final BenchmarkSettings settings;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final Map<String, Duration> setup = new LinkedHashMap<>();
  private final List<Run> runs = new ArrayList<>();
  private Run throughput;
  private Run paced;
  private Run besideReads;
  private ReadLoad.Reads reads;
  private Run baseline;
  private Run durableThroughput;
  private Run durableBaseline;
  private ApplicationProfile.Breakdown profile;
  private int slowMillis;
  private String slowPlans;
  private long peakHeap;
  private long liveHeap;
  private long maxHeap;
  private Latencies soak;
  private List<Long> soakLiveHeap = List.of();
  private Duration soakInterval;

  DeadlineDayReport(BenchmarkSettings settings) {
    this.settings = settings;
  }

  void environment(String name, String value) {
    environment.put(name, value);
  }

  void setupStep(String step, Duration took) {
    setup.put(step, took);
  }

  void throughput(Run run) {
    throughput = add(run);
  }

  void paced(Run run) {
    paced = add(run);
  }

  void besideReads(Run run, ReadLoad.Reads reads) {
    besideReads = add(run);
    this.reads = reads;
  }

  void baseline(Run run) {
    baseline = add(run);
  }

  void durableThroughput(Run run) {
    durableThroughput = add(run);
  }

  void durableBaseline(Run run) {
    durableBaseline = add(run);
  }

  void profile(ApplicationProfile.Breakdown profile, int slowMillis, String slowPlans) {
    this.profile = profile;
    this.slowMillis = slowMillis;
    this.slowPlans = slowPlans;
  }

  void heap(long peak, long live, long max) {
    this.peakHeap = peak;
    this.liveHeap = live;
    this.maxHeap = max;
  }

  void soak(Latencies latencies, List<Long> liveHeap, Duration interval) {
    this.soak = latencies;
    this.soakLiveHeap = List.copyOf(liveHeap);
    this.soakInterval = interval;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Deadline-day benchmark\n\n");
    environment.forEach(
        (name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
    out.append(
        format(
            "- N = %d platforms, C = %d concurrent clients, paced run %d submissions/s for %d s,"
                + " %d readers beside %d submissions/s, warm-up %d submissions before the HTTP"
                + " runs and before the baseline\n\n",
            settings.platforms(),
            settings.concurrency(),
            settings.pacedRate(),
            settings.pacedSeconds(),
            settings.readers(),
            settings.readsRate(),
            settings.warmup()));
    latencies(out);
    cpu(out);
    ratios(out);
    reads(out);
    statements(out);
    memory(out);
    profile(out);
    targets(out);
    out.append("\nSetup, not timed:");
    setup.forEach(
        (step, took) -> out.append(format(" %s %.1f s;", step, took.toMillis() / 1000.0)));
    out.setLength(out.length() - 1);
    return out.append(".\n").toString();
  }

  private void latencies(StringBuilder out) {
    out.append(
        "| run | submissions | errors | wall s | throughput /s | p50 ms | p95 ms | p99 ms | max ms"
            + " | load avg before |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Run run : runs) {
      Latencies latencies = run.latencies();
      out.append(
          format(
              "| %s | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f |\n",
              run.name(),
              latencies.requests(),
              latencies.errors(),
              latencies.wallSeconds(),
              latencies.perSecond(),
              latencies.percentileMillis(0.50),
              latencies.percentileMillis(0.95),
              latencies.percentileMillis(0.99),
              latencies.maxMillis(),
              run.loadBefore()));
    }
  }

  private void cpu(StringBuilder out) {
    out.append("\nCPU time per submission (ms) during each timed run, by where it was spent:\n\n");
    out.append(
        "| run | application threads | client threads | JVM other (JIT, GC) | PostgreSQL | Keycloak"
            + " | total | total, load generator apart |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Run run : runs) {
      CpuMeter.Usage cpu = run.cpu();
      out.append(
          format(
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
              run.name(),
              run.cpuMillis(cpu.application()),
              run.cpuMillis(cpu.client()),
              run.cpuMillis(cpu.jvmOther()),
              run.cpuMillis(cpu.postgres()),
              run.cpuMillis(cpu.keycloak()),
              run.cpuMillis(
                  cpu.application()
                      + cpu.client()
                      + cpu.jvmOther()
                      + cpu.postgres()
                      + cpu.keycloak()),
              run.serverCpuMillis(isBaseline(run))));
    }
    out.append(
        "\nThe load generator is the HTTP runs' client threads; in a baseline run the client"
            + " threads are the writers, and count. Each run's CPU is measured until the audit"
            + " sequencer has chained the run's events, so that it pays for them.\n");
  }

  private void ratios(StringBuilder out) {
    out.append("\nHTTP against the JDBC baseline of the same run:\n\n");
    out.append("| runs | throughput | CPU per submission | PostgreSQL CPU per submission |\n");
    out.append("| --- | ---: | ---: | ---: |\n");
    ratioRow(out, "synchronous_commit as the server has it", throughput, baseline);
    if (durableThroughput != null) {
      ratioRow(out, "synchronous_commit = on", durableThroughput, durableBaseline);
    }
  }

  private void ratioRow(StringBuilder out, String name, Run http, Run jdbc) {
    out.append(
        format(
            "| %s | %.2f × | %.2f × | %.2f × |\n",
            name, throughputRatio(http, jdbc), cpuRatio(http, jdbc), postgresRatio(http, jdbc)));
  }

  private void reads(StringBuilder out) {
    if (reads == null) {
      return;
    }
    out.append(
        format(
            "\n%d readers (each a platform's attestor) during the run \"%s\":\n\n",
            settings.readers(), besideReads.name()));
    out.append("| read | requests | errors | per second | p50 ms | p95 ms | p99 ms | max ms |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    reads
        .byRead()
        .forEach(
            (read, latencies) ->
                out.append(
                    format(
                        "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |\n",
                        read.label,
                        latencies.requests(),
                        latencies.errors(),
                        latencies.perSecond(),
                        latencies.percentileMillis(0.50),
                        latencies.percentileMillis(0.95),
                        latencies.percentileMillis(0.99),
                        latencies.maxMillis())));
  }

  /**
   * Round trips per submission: every statement the run's own database role ran (the application's
   * role for HTTP, the owner for the baseline), transaction control included, and the statements
   * themselves for the max-throughput run and the baseline.
   */
  private void statements(StringBuilder out) {
    out.append(
        "\nStatements per submission (pg_stat_statements: the application's role, and the"
            + " owner's for the baseline; the audit sequencer's included; BEGIN counted):\n\n");
    out.append("| run | roles | statements | of them BEGIN/COMMIT | execution ms |\n");
    out.append("| --- | --- | ---: | ---: | ---: |\n");
    for (Run run : runs) {
      out.append(
          format(
              "| %s | %s | %.2f | %.2f | %.3f |\n",
              run.name(),
              String.join(", ", run.roles()),
              run.perSubmission(run.statements().calls(run.roles())),
              run.perSubmission(run.statements().transactionControlCalls(run.roles())),
              run.statements().millis(run.roles()) / run.latencies().requests()));
    }
    for (Run run : List.of(throughput, baseline)) {
      out.append("\n").append(run.name()).append(", statements per submission:\n\n");
      out.append("| per submission | mean µs | statement |\n| ---: | ---: | --- |\n");
      for (StatementCounter.Counted counted : run.statements().of(run.roles())) {
        if (run.perSubmission(counted.calls()) < 0.01) {
          continue;
        }
        out.append(
            format(
                "| %.2f | %.0f | `%s` |\n",
                run.perSubmission(counted.calls()),
                1000 * counted.totalMillis() / counted.calls(),
                abbreviated(counted.query())));
      }
    }
  }

  private void memory(StringBuilder out) {
    out.append(
        format(
            "\nHeap of the JVM that runs the application and the load generator (max %d MB):"
                + " peak %d MB in use (sampled every 100 ms over the whole benchmark), %d MB live"
                + " after the runs and a full collection.\n",
            maxHeap >> 20, peakHeap >> 20, liveHeap >> 20));
    if (soak == null) {
      out.append("\nNo soak in this run (`-Dbenchmark.soak-seconds=300` adds one).\n");
      return;
    }
    out.append(
        format(
            "\nSoak: %d submissions at %d/s for %d s, errors %d, achieved %.0f/s, p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms. Live heap after a full collection every %d s (MB):"
                + " %s.\n",
            soak.requests(),
            settings.soakRate(),
            settings.soakSeconds(),
            soak.errors(),
            soak.perSecond(),
            soak.percentileMillis(0.50),
            soak.percentileMillis(0.99),
            soak.maxMillis(),
            soakInterval.toSeconds(),
            String.join(", ", soakLiveHeap.stream().map(bytes -> "" + (bytes >> 20)).toList())));
  }

  private void profile(StringBuilder out) {
    if (profile == null) {
      return;
    }
    out.append(
        format(
            "\nProfile of a further max-throughput run, not in the tables above (JFR, `%s`): %d"
                + " samples of the application's threads, by the library of their innermost frame"
                + " outside the JDK:\n\n",
            profile.recording(), profile.samples()));
    out.append("| share | library |\n| ---: | --- |\n");
    shares(out, profile.libraries());
    out.append("\nCarefile's methods on the stack, by share of the application's samples:\n\n");
    out.append("| share | method |\n| ---: | --- |\n");
    shares(out, profile.methods());
    out.append(
        format(
            "\nStatements slower than %d ms in the profiled run (auto_explain, the first plan of"
                + " each):\n\n```\n%s```\n",
            slowMillis, slowPlans));
  }

  private void shares(StringBuilder out, Map<String, Integer> counts) {
    counts.entrySet().stream()
        .limit(PROFILE_ROWS)
        .forEach(
            entry ->
                out.append(
                    format(
                        "| %.1f %% | %s |\n",
                        100.0 * entry.getValue() / profile.samples(), entry.getKey())));
  }

  private void targets(StringBuilder out) {
    out.append("\n| target | measured | met |\n| --- | ---: | --- |\n");
    double throughputRatio = throughputRatio(throughput, baseline);
    target(
        out,
        format("HTTP throughput ≥ %.1f × the baseline's", TARGET_THROUGHPUT_RATIO),
        format("%.2f ×", throughputRatio),
        throughputRatio >= TARGET_THROUGHPUT_RATIO);
    double cpuRatio = cpuRatio(throughput, baseline);
    target(
        out,
        format("CPU per submission ≤ %.1f × the baseline's", TARGET_CPU_RATIO),
        format("%.2f ×", cpuRatio),
        cpuRatio <= TARGET_CPU_RATIO);
    double postgresRatio = postgresRatio(throughput, baseline);
    target(
        out,
        format("PostgreSQL CPU per submission ≤ %.1f × the baseline's", TARGET_POSTGRES_RATIO),
        format("%.2f ×", postgresRatio),
        postgresRatio <= TARGET_POSTGRES_RATIO);
    Latencies pacedLatencies = paced.latencies();
    boolean held = pacedLatencies.perSecond() >= PACED_RATE_HELD * settings.pacedRate();
    double p99 = pacedLatencies.percentileMillis(0.99);
    target(
        out,
        format("paced %d/s held with p99 < %.0f ms", settings.pacedRate(), TARGET_PACED_P99_MILLIS),
        format("%.0f /s, p99 %.1f ms", pacedLatencies.perSecond(), p99),
        held && p99 < TARGET_PACED_P99_MILLIS);
    target(
        out,
        format("heap < %d MB over the benchmark", TARGET_HEAP_BYTES >> 20),
        format("peak %d MB", peakHeap >> 20),
        peakHeap < TARGET_HEAP_BYTES);
  }

  private static void target(StringBuilder out, String target, String measured, boolean met) {
    out.append(format("| %s | %s | %s |\n", target, measured, met ? "yes" : "**no**"));
  }

  private boolean isBaseline(Run run) {
    return run == baseline || run == durableBaseline;
  }

  private static double throughputRatio(Run http, Run jdbc) {
    return http.latencies().perSecond() / jdbc.latencies().perSecond();
  }

  private static double cpuRatio(Run http, Run jdbc) {
    return http.serverCpuMillis(false) / jdbc.serverCpuMillis(true);
  }

  private static double postgresRatio(Run http, Run jdbc) {
    return http.cpuMillis(http.cpu().postgres()) / jdbc.cpuMillis(jdbc.cpu().postgres());
  }

  private static String abbreviated(String sql) {
    String line = sql.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").strip();
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }

  private Run add(Run run) {
    runs.add(run);
    return run;
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
