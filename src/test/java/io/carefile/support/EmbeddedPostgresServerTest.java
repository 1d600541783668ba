package io.carefile.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL of the local run keeps what it acknowledged (fsync and synchronous commit
 * on), and a server an earlier run left behind is stopped rather than blocking the start.
 */
class EmbeddedPostgresServerTest {

  private final Path directory = Path.of("target", "embedded-postgres-" + UUID.randomUUID());

  @AfterEach
  void removeData() throws IOException {
    for (Path home : new Path[] {directory, Path.of(directory + "-throwaway")}) {
      if (Files.exists(home)) {
        try (Stream<Path> files = Files.walk(home)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }

  @Test
  void aDurableStartFlushesEveryCommitAndAThrowawayOneDoesNot() throws Exception {
    try (EmbeddedPostgres durable = EmbeddedPostgresServer.launch(directory, false, true)) {
      assertThat(setting(durable, "fsync")).isEqualTo("on");
      assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
    }
    try (EmbeddedPostgres throwaway =
        EmbeddedPostgresServer.launch(Path.of(directory + "-throwaway"), true, false)) {
      assertThat(setting(throwaway, "fsync")).isEqualTo("off");
      assertThat(setting(throwaway, "synchronous_commit")).isEqualTo("off");
    }
  }

  @Test
  void aServerAnEarlierRunLeftBehindIsStoppedAndTheDataKept() throws Exception {
    try (EmbeddedPostgres first = EmbeddedPostgresServer.launch(directory, false, true)) {
      execute(first, "create table kept (id int)");
    }
    // A server on the data directory that no JVM knows of, as a killed local run leaves it.
    Path data = directory.toAbsolutePath().resolve("data");
    EmbeddedPostgresServer.pgCtl(data, "start", "-w", "-o", "-p " + FreePort.find());

    try (EmbeddedPostgres next = EmbeddedPostgresServer.launch(directory, false, true)) {
      execute(next, "insert into kept values (1)");
    }
  }

  private static String setting(EmbeddedPostgres postgres, String name) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("show " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
