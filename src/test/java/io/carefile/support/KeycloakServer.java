package io.carefile.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real Keycloak, run from the distribution Maven unpacked into {@code target/}, with the Carefile
 * realm imported. Used by the test suite and by the local run. The distribution is built once for a
 * file database ({@code kc.sh build}), then started optimised, which is the fastest way to a
 * working server here. The themes in the {@code themes} folder beside the realm file are copied
 * into the distribution's {@code themes/} at each start, where Keycloak reads themes without a
 * build.
 */
public final class KeycloakServer {

  public static final String REALM = "carefile";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final Process process;
  private final int port;
  private final String adminPassword;

  private KeycloakServer(Process process, int port, String adminPassword) {
    this.process = process;
    this.port = port;
    this.adminPassword = adminPassword;
  }

  /**
   * Starts Keycloak on {@code port}. With {@code fresh}, its database is wiped first so that the
   * realm is imported exactly as committed; otherwise an existing realm is kept.
   */
  public static KeycloakServer start(
      Path home, Path realmFile, int port, boolean fresh, Map<String, String> realmEnvironment) {
    Path launcher = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(launcher)) {
      throw new IllegalStateException(
          "No Keycloak distribution at " + home + ": run ./mvnw generate-test-resources first");
    }
    launcher.toFile().setExecutable(true);
    try {
      buildOnce(home, launcher);
      if (fresh) {
        deleteRecursively(home.resolve("data"));
      }
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile, imports.resolve("carefile-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      installThemes(realmFile.resolveSibling("themes"), home.resolve("themes"));
      // Keycloak keeps served theme files, compressed, in data/tmp across restarts.
      deleteRecursively(home.resolve("data/tmp"));

      String adminPassword = "admin-" + UUID.randomUUID();
      List<String> command =
          new ArrayList<>(
              List.of(
                  launcher.toString(),
                  "start",
                  "--optimized",
                  "--import-realm",
                  "--http-enabled=true",
                  "--http-port=" + port,
                  "--hostname-strict=false",
                  // A cache option at run time, not build time: no cluster discovery at start.
                  "--cache=local",
                  "--http-management-port=" + FreePort.find()));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("keycloak.log").toFile());
      environment(builder.environment());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      builder.environment().putAll(realmEnvironment);
      long started = System.nanoTime();
      KeycloakServer server = new KeycloakServer(builder.start(), port, adminPassword);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
      server.awaitReady(home.resolve("keycloak.log"));
      System.out.printf(
          "Keycloak ready on port %d in %d ms%n", port, (System.nanoTime() - started) / 1_000_000);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Keycloak from " + home, e);
    }
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public String realmUrl() {
    return url() + "/realms/" + REALM;
  }

  public String adminPassword() {
    return adminPassword;
  }

  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    // kc.sh starts a JVM as its child: stop the whole tree.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  private static void buildOnce(Path home, Path launcher) throws IOException {
    Path marker = home.resolve(".carefile-built");
    if (Files.exists(marker)) {
      return;
    }
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toString(), "build", "--db=dev-file", "--health-enabled=true")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("keycloak-build.log").toFile());
    environment(builder.environment());
    try {
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "kc.sh build failed; see " + home.resolve("keycloak-build.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building Keycloak", e);
    }
    Files.writeString(marker, "built for dev-file\n");
  }

  private static void environment(Map<String, String> environment) {
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
  }

  private void awaitReady(Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
    }
    stop();
    throw new IllegalStateException(
        "Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
  }

  /** Replaces each theme in the distribution by the committed one, so that none goes stale. */
  private static void installThemes(Path source, Path themes) throws IOException {
    if (!Files.isDirectory(source)) {
      return;
    }
    try (Stream<Path> committed = Files.list(source)) {
      for (Path theme : committed.filter(Files::isDirectory).toList()) {
        Path target = themes.resolve(theme.getFileName().toString());
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(theme)) {
          for (Path file : files.toList()) {
            Files.copy(file, target.resolve(theme.relativize(file).toString()));
          }
        }
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
