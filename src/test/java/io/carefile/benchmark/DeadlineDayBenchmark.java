package io.carefile.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.benchmark.BenchmarkPlatforms.Platform;
import io.carefile.benchmark.DraftReturns.Draft;
import io.carefile.filing.FilingConfig;
import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.EmbeddedPostgresServer;
import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deadline day: every platform submits its quarterly return at once. Not a test: it measures, and
 * fails only if a submission fails. Run it with {@code ./mvnw -B verify -Pbenchmark}; see
 * docs/benchmark.md for what it measures and its parameters.
 */
@QuarkusTest
@Tag("benchmark")
class DeadlineDayBenchmark {

  private static final Path REPORT = Path.of("target/benchmark/deadline-day.md");
  private static final int SETUP_THREADS = 8;
  private static final Path PROFILE = Path.of("target/benchmark/deadline-day-http.jfr");
  private static final Duration AUDIT_CHAIN_WAIT = Duration.ofMinutes(5);
  private static final Duration SOAK_HEAP_INTERVAL = Duration.ofSeconds(30);

  /** In the profiled run, statements slower than this are logged with their plans. */
  private static final int SLOW_STATEMENT_MILLIS = 2;

  private static final int SLOW_STATEMENTS_SHOWN = 3;

  @Inject
  @io.quarkus.agroal.DataSource("owner")
  DataSource dataSource;

  @Inject FilingConfig filingConfig;

  @Inject AgroalDataSource applicationPool;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  // The JDBC baseline connects as the owner, beneath row-level security: the floor to compare with.
  @ConfigProperty(name = "quarkus.flyway.username")
  String jdbcUsername;

  @ConfigProperty(name = "quarkus.flyway.password")
  String jdbcPassword;

  @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
  int connectionPoolSize;

  @ConfigProperty(name = "carefile.embedded-postgres.directory")
  String postgresDirectory;

  private final List<String> errorSamples = new ArrayList<>();
  private StatementCounter statements;

  @Test
  void deadlineDay() throws IOException {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    DeadlineDayReport report = new DeadlineDayReport(settings);
    describeEnvironment(report);
    statements = new StatementCounter(dataSource);
    CarefileApi api = new CarefileApi(CarefileTestEnvironment.applicationUrl());

    List<UUID> platformIds =
        setupStep(
            report,
            "platforms",
            () -> BenchmarkPlatforms.insertPlatforms(dataSource, settings.platforms()));
    setupStep(
        report,
        "attestors in Keycloak",
        () -> {
          BenchmarkPlatforms.prepareRealm();
          BenchmarkPlatforms.createAttestors(platformIds);
          return platformIds;
        });
    List<Platform> platforms =
        setupStep(
            report, "tokens", () -> BenchmarkPlatforms.signIn(platformIds, SETUP_THREADS / 2));
    DraftReturns drafts =
        new DraftReturns(
            api, dataSource, () -> Tokens.user("regulator-admin"), platforms, SETUP_THREADS);
    List<Draft> httpWarmup =
        setupStep(report, "warm-up drafts", () -> drafts.prepare(settings.warmup()));
    List<Draft> maxThroughput =
        setupStep(report, "drafts", () -> drafts.prepare(settings.platforms()));
    List<Draft> paced =
        setupStep(report, "paced drafts", () -> drafts.prepare(settings.pacedSubmissions()));
    List<Draft> besideReads =
        setupStep(
            report, "drafts beside the reads", () -> drafts.prepare(settings.readsSubmissions()));
    List<Draft> profiled =
        setupStep(report, "profiled drafts", () -> drafts.prepare(settings.platforms()));
    List<Draft> jdbcWarmup =
        setupStep(report, "baseline warm-up drafts", () -> drafts.prepare(settings.warmup()));
    List<Draft> jdbc =
        setupStep(report, "baseline drafts", () -> drafts.prepare(settings.platforms()));
    List<Draft> durableHttp =
        setupStep(report, "durable drafts", () -> drafts.prepare(settings.platforms()));
    List<Draft> durableJdbc =
        setupStep(report, "durable baseline drafts", () -> drafts.prepare(settings.platforms()));
    List<Draft> soak =
        setupStep(report, "soak drafts", () -> drafts.prepare(settings.soakSubmissions()));

    CpuMeter cpu =
        new CpuMeter(
            Path.of(postgresDirectory, "data"),
            Path.of(System.getProperty("carefile.build.keycloak-home")));
    List<String> http = List.of(EmbeddedPostgresServer.APP_USER);
    List<String> jdbcRoles = List.of(jdbcUsername, EmbeddedPostgresServer.APP_USER);
    try (HeapSampler heap = new HeapSampler()) {
      try (SubmissionLoad load = new SubmissionLoad(api, settings.concurrency());
          ReadLoad readers = new ReadLoad(api, settings.readers())) {
        awaitAuditChained();
        assertThat(load.closedLoop(httpWarmup).errors()).as("failed warm-up submissions").isZero();
        report.throughput(
            measure(
                "HTTP, " + settings.concurrency() + " clients, max throughput",
                http,
                cpu,
                () -> load.closedLoop(maxThroughput)));
        report.paced(
            measure(
                "HTTP, paced " + settings.pacedRate() + "/s (open loop)",
                http,
                cpu,
                () -> load.openLoop(paced, settings.pacedRate())));
        AtomicReference<ReadLoad.Reads> reads = new AtomicReference<>();
        report.besideReads(
            measure(
                "HTTP, paced "
                    + settings.readsRate()
                    + "/s beside "
                    + settings.readers()
                    + " readers",
                http,
                cpu,
                () -> {
                  var outcome =
                      readers.readWhile(
                          maxThroughput, () -> load.openLoop(besideReads, settings.readsRate()));
                  reads.set(outcome.reads());
                  return outcome.during();
                }),
            reads.get());
        if (reads.get().firstError() != null) {
          errorSamples.add(reads.get().firstError());
        }
        awaitAuditChained();
        var explained =
            new AutoExplain(dataSource, postgresDirectory)
                .during(
                    SLOW_STATEMENT_MILLIS,
                    () -> ApplicationProfile.record(PROFILE, () -> load.closedLoop(profiled)));
        report.profile(
            explained.result().profile(),
            SLOW_STATEMENT_MILLIS,
            explained.firstPlanOfEach(SLOW_STATEMENTS_SHOWN));
        errorSamples.addAll(load.errorSamples());
      }
      try (JdbcSubmissionBaseline baseline = baseline(settings)) {
        var jdbcWarmupRows = JdbcSubmissionBaseline.rowsOf(dataSource, jdbcWarmup);
        var jdbcRows = JdbcSubmissionBaseline.rowsOf(dataSource, jdbc);
        awaitAuditChained();
        assertThat(baseline.run(jdbcWarmupRows).errors()).as("failed warm-up rows").isZero();
        report.baseline(
            measure(
                "JDBC baseline, " + settings.concurrency() + " threads",
                jdbcRoles,
                cpu,
                () -> baseline.run(jdbcRows)));
        keepFirstError(baseline);
      }
      durableRuns(settings, report, api, cpu, durableHttp, durableJdbc);
      if (!soak.isEmpty()) {
        soak(settings, report, api, soak);
      }
      report.heap(heap.peakBytes(), HeapSampler.liveBytes(), HeapSampler.maxBytes());
    }

    String markdown = report.markdown();
    System.out.println(markdown);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, markdown);

    assertThat(errorSamples).as("failed submissions").isEmpty();
    List<Draft> all = new ArrayList<>();
    for (List<Draft> batch :
        List.of(
            httpWarmup,
            maxThroughput,
            paced,
            besideReads,
            profiled,
            jdbcWarmup,
            jdbc,
            durableHttp,
            durableJdbc,
            soak)) {
      all.addAll(batch);
    }
    assertThat(submittedAmong(all)).as("filings submitted").isEqualTo(all.size());
  }

  /**
   * The max-throughput run and the baseline again with {@code synchronous_commit = on}, as
   * production commits: every commit waits for its WAL to reach the disk.
   */
  private void durableRuns(
      BenchmarkSettings settings,
      DeadlineDayReport report,
      CarefileApi api,
      CpuMeter cpu,
      List<Draft> httpDrafts,
      List<Draft> jdbcDrafts) {
    SynchronousCommit synchronousCommit =
        new SynchronousCommit(
            dataSource, List.of(EmbeddedPostgresServer.APP_USER, jdbcUsername), applicationPool);
    synchronousCommit.on();
    try {
      report.environment(
          "durable runs",
          "synchronous_commit = "
              + SynchronousCommit.sessionSetting(
                  jdbcUrl, EmbeddedPostgresServer.APP_USER, EmbeddedPostgresServer.APP_USER)
              + " for the application's sessions and "
              + SynchronousCommit.sessionSetting(jdbcUrl, jdbcUsername, jdbcPassword)
              + " for the baseline's, fsync = "
              + query("show fsync"));
      try (SubmissionLoad load = new SubmissionLoad(api, settings.concurrency())) {
        report.durableThroughput(
            measure(
                "HTTP, " + settings.concurrency() + " clients, synchronous_commit = on",
                List.of(EmbeddedPostgresServer.APP_USER),
                cpu,
                () -> load.closedLoop(httpDrafts)));
        errorSamples.addAll(load.errorSamples());
      }
      var rows = JdbcSubmissionBaseline.rowsOf(dataSource, jdbcDrafts);
      try (JdbcSubmissionBaseline baseline = baseline(settings)) {
        report.durableBaseline(
            measure(
                "JDBC baseline, " + settings.concurrency() + " threads, synchronous_commit = on",
                List.of(jdbcUsername, EmbeddedPostgresServer.APP_USER),
                cpu,
                () -> baseline.run(rows)));
        keepFirstError(baseline);
      }
    } finally {
      synchronousCommit.reset();
    }
  }

  /**
   * A steady rate for a long while, with the heap left after a full collection every interval: a
   * leak shows as a live heap that keeps growing.
   */
  private void soak(
      BenchmarkSettings settings, DeadlineDayReport report, CarefileApi api, List<Draft> drafts) {
    List<Long> live = new ArrayList<>();
    Latencies latencies;
    try (SubmissionLoad load = new SubmissionLoad(api, 1);
        var running = Executors.newSingleThreadExecutor()) {
      awaitAuditChained();
      live.add(HeapSampler.liveBytes());
      var soaking = running.submit(() -> load.openLoop(drafts, settings.soakRate()));
      while (!soaking.isDone()) {
        try {
          soaking.get(SOAK_HEAP_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          live.add(HeapSampler.liveBytes());
        } catch (ExecutionException e) {
          throw new IllegalStateException("The soak failed", e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted during the soak", e);
        }
      }
      latencies = soaking.resultNow();
      errorSamples.addAll(load.errorSamples());
    }
    awaitAuditChained();
    live.add(HeapSampler.liveBytes());
    report.soak(latencies, live, SOAK_HEAP_INTERVAL);
  }

  private JdbcSubmissionBaseline baseline(BenchmarkSettings settings) {
    return new JdbcSubmissionBaseline(
        jdbcUrl,
        jdbcUsername,
        jdbcPassword,
        settings.concurrency(),
        filingConfig.attestationStatement(),
        JdbcSubmissionBaseline.computedBy(dataSource));
  }

  private void keepFirstError(JdbcSubmissionBaseline baseline) {
    if (baseline.firstError() != null) {
      errorSamples.add(baseline.firstError());
    }
  }

  private void describeEnvironment(DeadlineDayReport report) {
    report.environment("run at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    report.environment(
        "machine",
        Runtime.getRuntime().availableProcessors()
            + " cores available to the JVM, "
            + cpuModel()
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch"));
    report.environment(
        "JDK",
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    report.environment(
        "PostgreSQL",
        query("show server_version")
            + " (embedded), synchronous_commit = "
            + query("show synchronous_commit")
            + ", fsync = "
            + query("show fsync")
            + "; application connection pool max "
            + connectionPoolSize);
    report.environment(
        "setup",
        "Keycloak realm password policy `"
            + BenchmarkPlatforms.PASSWORD_POLICY
            + "`, access tokens valid "
            + BenchmarkPlatforms.ACCESS_TOKEN_SECONDS
            + " s (this run's Keycloak only)");
  }

  private <T> T setupStep(DeadlineDayReport report, String step, Supplier<T> work) {
    long started = System.nanoTime();
    T result = work.get();
    report.setupStep(step, Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  /**
   * Times one run from a quiet start: the audit sequencer has chained everything before it, and the
   * heap is collected, so that each run pays only for its own work; its CPU and statements are
   * counted until the sequencer has chained the run's own events too.
   */
  private DeadlineDayReport.Run measure(
      String name, List<String> roles, CpuMeter cpu, Supplier<Latencies> run) {
    awaitAuditChained();
    System.gc();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    statements.reset();
    CpuMeter.Start start = cpu.start();
    Latencies latencies = run.get();
    awaitAuditChained();
    CpuMeter.Usage usage = start.usage();
    return new DeadlineDayReport.Run(name, latencies, usage, load, roles, statements.read());
  }

  private void awaitAuditChained() {
    long deadline = System.nanoTime() + AUDIT_CHAIN_WAIT.toNanos();
    while (Long.parseLong(query("select count(*) from audit_pending")) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Audit events were not chained within " + AUDIT_CHAIN_WAIT);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the audit chain", e);
      }
    }
  }

  private long submittedAmong(List<Draft> drafts) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from filing f join filing_version v on v.filing_id = f.id"
                    + " where f.status = 'SUBMITTED' and f.id = any(?)")) {
      count.setArray(
          1, connection.createArrayOf("uuid", drafts.stream().map(Draft::filingId).toArray()));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the submitted filings", e);
    }
  }

  private String query(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
