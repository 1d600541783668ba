package io.carefile.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One container of the Carefile image, run with podman on the host's network, as a replica of a
 * Kubernetes Deployment runs: read-only root filesystem, a scratch /tmp, configuration and secrets
 * from the environment (the secrets handed to podman through its own environment, never on its
 * command line).
 */
final class Replica {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final String image;
  private final List<String> podman;
  private final int httpPort;
  private final int managementPort;
  private final Map<String, String> settings;
  private final Map<String, String> secrets;

  Replica(
      String name,
      String image,
      List<String> podman,
      int httpPort,
      int managementPort,
      Map<String, String> settings,
      Map<String, String> secrets) {
    this.name = name;
    this.image = image;
    this.podman = podman;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.settings = settings;
    this.secrets = secrets;
  }

  String name() {
    return name;
  }

  String url() {
    return "http://localhost:" + httpPort;
  }

  /** Creates and starts the container; a container of that name left by an earlier run goes. */
  void create() {
    podman(false, "rm", "--force", "--ignore", name);
    List<String> run =
        new ArrayList<>(
            List.of(
                "run",
                "--detach",
                "--name",
                name,
                "--network",
                "host",
                "--read-only",
                "--tmpfs",
                "/tmp",
                "--log-driver",
                "k8s-file"));
    settings.forEach((key, value) -> run.addAll(List.of("--env", key + "=" + value)));
    run.addAll(List.of("--env", "QUARKUS_HTTP_PORT=" + httpPort));
    run.addAll(List.of("--env", "QUARKUS_MANAGEMENT_PORT=" + managementPort));
    run.addAll(List.of("--env", "CAREFILE_JOBS_INSTANCE_NAME=" + name));
    secrets.keySet().forEach(key -> run.addAll(List.of("--env", key)));
    run.add(image);
    podman(true, run.toArray(String[]::new));
  }

  /** SIGKILL: no shutdown hook, no completion written, connections cut as a crash cuts them. */
  void kill() {
    podman(true, "kill", "--signal", "KILL", name);
  }

  /** Starts the stopped container again, with its configuration and its log. */
  void restart() {
    podman(true, "start", name);
  }

  void remove() {
    podman(false, "rm", "--force", "--ignore", name);
  }

  /**
   * Waits until /q/health/ready answers 200 on the management port; answers how long after {@code
   * started} (a {@link System#nanoTime()}) that was.
   */
  Duration awaitReady(long started) throws InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() - started < READY_TIMEOUT.toNanos()) {
      try {
        if (HTTP.send(ready, BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - started);
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        name + " was not ready after " + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
  }

  /** The container's whole log, across its restarts. */
  String log() {
    return podman(true, "logs", name);
  }

  private String logTail() {
    List<String> lines = log().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private String podman(boolean required, String... arguments) {
    List<String> command = new ArrayList<>(podman);
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(secrets);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (required && exit != 0) {
        throw new IllegalStateException(
            "podman " + arguments[0] + " " + name + " failed (" + exit + "):\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run podman", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running podman", e);
    }
  }
}
