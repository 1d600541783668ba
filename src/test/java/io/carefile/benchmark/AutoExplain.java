package io.carefile.benchmark;

import io.carefile.support.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The plans of the statements that run while it is switched on: auto_explain (loaded by the
 * benchmark profile, off until a benchmark sets its threshold) logs each statement slower than the
 * threshold with its analysed plan, and the lines that say how rows were found are kept.
 */
final class AutoExplain {

  /** What ran, and the key lines of the plans logged meanwhile. */
  record Explained<T>(T result, String plans) {

    /**
     * The first plan logged for each statement, up to {@code max} statements, each with how many
     * times it was logged: the same statement is usually slow for the same reason.
     */
    String firstPlanOfEach(int max) {
      Map<String, StringBuilder> first = new LinkedHashMap<>();
      Map<String, Integer> times = new LinkedHashMap<>();
      StringBuilder block = null;
      String query = null;
      for (String line : plans.split("\n")) {
        if (line.startsWith("duration:")) {
          block = new StringBuilder(line).append('\n');
          query = null;
        } else if (block != null) {
          if (query == null && line.startsWith("Query Text:")) {
            query = line;
            times.merge(query, 1, Integer::sum);
            if (first.size() < max) {
              first.putIfAbsent(query, block);
            }
          }
          block.append(line).append('\n');
        }
      }
      StringBuilder out = new StringBuilder();
      first.forEach(
          (text, plan) ->
              out.append("(logged ").append(times.get(text)).append(" times)\n").append(plan));
      return out.isEmpty() ? "(no statement logged)\n" : out.toString();
    }
  }

  private final DataSource owner;
  private final Path log;

  AutoExplain(DataSource owner, String postgresDirectory) {
    this.owner = owner;
    this.log = Path.of(postgresDirectory, "data", "log", "postgresql.log");
  }

  boolean available() {
    return Boolean.getBoolean(EmbeddedPostgresServer.EXPLAIN_PROPERTY) && Files.exists(log);
  }

  /** Runs {@code work} with every statement slower than {@code millis} explained. */
  <T> Explained<T> during(int millis, Supplier<T> work) {
    if (!available()) {
      return new Explained<>(work.get(), "(auto_explain is not loaded: run with -Pbenchmark)\n");
    }
    try {
      long before = Files.size(log);
      setThreshold(String.valueOf(millis));
      T result;
      try {
        result = work.get();
      } finally {
        setThreshold("-1");
      }
      // The collector writes asynchronously.
      pause(500);
      byte[] all = Files.readAllBytes(log);
      String logged = new String(all, (int) before, all.length - (int) before);
      return new Explained<>(result, keyLines(logged));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + log, e);
    }
  }

  private static String keyLines(String logged) {
    StringBuilder key = new StringBuilder();
    for (String line : logged.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("duration:")
          || trimmed.startsWith("Query Text:")
          || trimmed.contains("Scan")
          || trimmed.contains("Sort")
          || trimmed.contains("Limit")
          || trimmed.contains("Join")
          || trimmed.contains("Loop")
          || trimmed.startsWith("Filter")
          || trimmed.startsWith("Execution Time")) {
        key.append(line.replaceFirst("^.*?(duration:|Query Text:|\\s{2,}|->)", "$1")).append('\n');
      }
    }
    return key.isEmpty() ? "(no statement logged)\n" : key.toString();
  }

  private void setThreshold(String millis) {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("alter system set auto_explain.log_min_duration = " + millis);
      try (ResultSet reloaded = statement.executeQuery("select pg_reload_conf()")) {
        reloaded.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set auto_explain's threshold", e);
    }
    // A reload reaches the other sessions when they next read their configuration.
    pause(200);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
