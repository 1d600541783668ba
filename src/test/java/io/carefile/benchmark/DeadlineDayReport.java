package io.carefile.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a deadline-day run as Markdown: the machine, the runs, the ratios, the targets.
 */
final class DeadlineDayReport {

  static final double TARGET_THROUGHPUT = 1000;
  static final double TARGET_PACED_P99_MILLIS = 250;

  /** One timed run, with the CPU its processes used and the machine's load when it started. */
  record Run(
      String name,
      Latencies latencies,
      CpuMeter.Usage cpu,
      double loadBefore,
      String role,
      StatementCounter.Counts statements) {

    double perSubmission(long count) {
      return (double) count / latencies.requests();
    }
  }

  private final BenchmarkSettings settings;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final Map<String, Duration> setup = new LinkedHashMap<>();
  private final List<Run> runs = new ArrayList<>();
  private Run throughput;
  private Run paced;
  private Run baseline;

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

  void baseline(Run run) {
    baseline = add(run);
  }

  boolean throughputTargetMet() {
    return throughput.latencies().perSecond() >= TARGET_THROUGHPUT;
  }

  boolean pacedTargetMet() {
    return paced.latencies().percentileMillis(0.99) < TARGET_PACED_P99_MILLIS;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Deadline-day benchmark\n\n");
    environment.forEach(
        (name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
    out.append(
        format(
            "- N = %d platforms, C = %d concurrent clients, paced run %d submissions/s for %d s,"
                + " warm-up %d submissions before each timed run\n\n",
            settings.platforms(),
            settings.concurrency(),
            settings.pacedRate(),
            settings.pacedSeconds(),
            settings.warmup()));
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
    out.append("\nCPU time per submission (ms) during each timed run, by where it was spent:\n\n");
    out.append(
        "| run | application threads | client threads | JVM other (JIT, GC) | PostgreSQL | Keycloak"
            + " | total |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Run run : runs) {
      CpuMeter.Usage cpu = run.cpu();
      double perRequest = 1e6 * run.latencies().requests();
      out.append(
          format(
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
              run.name(),
              cpu.application() / perRequest,
              cpu.client() / perRequest,
              cpu.jvmOther() / perRequest,
              cpu.postgres() / perRequest,
              cpu.keycloak() / perRequest,
              (cpu.application() + cpu.client() + cpu.jvmOther() + cpu.postgres() + cpu.keycloak())
                  / perRequest));
    }
    statements(out);
    Latencies http = throughput.latencies();
    Latencies jdbc = baseline.latencies();
    out.append("\nHTTP max-throughput run against the JDBC baseline of the same run:\n\n");
    out.append(format("- throughput: %.2f (HTTP / JDBC)\n", http.perSecond() / jdbc.perSecond()));
    out.append(
        format(
            "- p50 latency: %.1f × the baseline's; p99 latency: %.1f × the baseline's\n",
            http.percentileMillis(0.50) / jdbc.percentileMillis(0.50),
            http.percentileMillis(0.99) / jdbc.percentileMillis(0.99)));
    out.append("\n| target | measured | met |\n| --- | ---: | --- |\n");
    out.append(
        format(
            "| ≥ %.0f submissions/s sustained (HTTP, C = %d) | %.0f /s | %s |\n",
            TARGET_THROUGHPUT,
            settings.concurrency(),
            http.perSecond(),
            throughputTargetMet() ? "yes" : "no"));
    out.append(
        format(
            "| p99 < %.0f ms at %d submissions/s (HTTP, open loop) | %.1f ms | %s |\n",
            TARGET_PACED_P99_MILLIS,
            settings.pacedRate(),
            paced.latencies().percentileMillis(0.99),
            pacedTargetMet() ? "yes" : "no"));
    out.append("\nSetup, not timed:");
    setup.forEach(
        (step, took) -> out.append(format(" %s %.1f s;", step, took.toMillis() / 1000.0)));
    out.setLength(out.length() - 1);
    return out.append(".\n").toString();
  }

  /**
   * Round trips per submission: every statement the run's own database role ran (the application's
   * role for HTTP, the owner for the baseline), transaction control included, and the statements
   * themselves for the max-throughput run and the baseline.
   */
  private void statements(StringBuilder out) {
    out.append(
        "\nStatements per submission (pg_stat_statements, the run's database role; BEGIN and"
            + " COMMIT included):\n\n");
    out.append("| run | role | statements | of them BEGIN/COMMIT | execution ms |\n");
    out.append("| --- | --- | ---: | ---: | ---: |\n");
    for (Run run : runs) {
      out.append(
          format(
              "| %s | %s | %.2f | %.2f | %.3f |\n",
              run.name(),
              run.role(),
              run.perSubmission(run.statements().calls(run.role())),
              run.perSubmission(run.statements().transactionControlCalls(run.role())),
              run.statements().millis(run.role()) / run.latencies().requests()));
    }
    for (Run run : List.of(throughput, baseline)) {
      out.append("\n").append(run.name()).append(", statements per submission:\n\n");
      out.append("| per submission | mean µs | statement |\n| ---: | ---: | --- |\n");
      for (StatementCounter.Counted counted : run.statements().of(run.role())) {
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
