package io.carefile.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Carefile on this machine with everything embedded: a Keycloak from the distribution Maven
 * unpacked into {@code target/}, with the realm and demo users, and the application packaged by
 * {@code bin/run-local}, in the dev profile (embedded PostgreSQL, demo platforms). All local data
 * lives under {@code ~/.carefile}, so it survives restarts and {@code mvn clean}. Started by {@code
 * bin/run-local}; stopping it (Ctrl-C, SIGTERM) stops everything it started.
 */
public final class LocalRun {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final String DEMO_PASSWORD = "carefile-demo";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path repository = Path.of("").toAbsolutePath();
  private final Path dataHome = Path.of(System.getProperty("user.home"), ".carefile");
  private final Path keycloakHome = requiredPath("carefile.build.keycloak-home");
  private final Path applicationJar = requiredPath("carefile.application.jar");
  private final int httpPort = port("CAREFILE_HTTP_PORT", 8080);
  private final int keycloakPort = port("CAREFILE_KEYCLOAK_PORT", 8180);
  private final int managementPort = port("CAREFILE_MANAGEMENT_PORT", 9000);

  private volatile KeycloakServer keycloak;
  private volatile Process application;

  public static void main(String[] args) throws IOException, InterruptedException {
    int exitCode;
    try {
      exitCode = new LocalRun().run();
    } catch (IllegalStateException | UncheckedIOException e) {
      System.err.println("Carefile local run failed: " + e.getMessage());
      exitCode = 1;
    }
    System.exit(exitCode);
  }

  private int run() throws IOException, InterruptedException {
    if (!Files.isRegularFile(applicationJar)) {
      throw new IllegalStateException("No " + applicationJar + ": build it with bin/run-local");
    }
    requireFree(httpPort, "CAREFILE_HTTP_PORT");
    requireFree(keycloakPort, "CAREFILE_KEYCLOAK_PORT");
    requireFree(managementPort, "CAREFILE_MANAGEMENT_PORT");
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-run-stop"));

    String adminPassword = startKeycloak();
    updateImportedRealm(adminPassword);
    startApplication();
    long started = System.nanoTime();
    if (!awaitReady()) {
      if (application.isAlive()) {
        System.err.println(
            "Carefile did not become ready in " + READY_TIMEOUT.toSeconds() + " s; stopping.");
      } else {
        reportExit("before it was ready");
      }
      return 1;
    }
    System.out.printf(
        "Carefile ready on port %d in %d ms%n",
        httpPort, (System.nanoTime() - started) / 1_000_000);
    printWelcome(adminPassword);
    application.waitFor();
    reportExit("");
    return application.exitValue();
  }

  /** The application ended by itself: say so, since everything else stops with it. */
  private void reportExit(String when) {
    System.err.printf(
        "Carefile exited with code %d%s; stopping Keycloak and PostgreSQL.%n",
        application.exitValue(), when.isEmpty() ? "" : " " + when);
  }

  /**
   * Keycloak keeps its database under {@code ~/.carefile/keycloak} rather than in the unpacked
   * distribution, which the test suite wipes on each run. The realm is imported only when that
   * database does not have it yet, so changes made in the admin console persist.
   */
  private String startKeycloak() throws IOException {
    Path data = Files.createDirectories(dataHome.resolve("keycloak"));
    String adminPassword = adminPassword(data);
    keycloak =
        KeycloakServer.start(
            keycloakHome,
            repository.resolve("config/keycloak/carefile-realm.json"),
            keycloakPort,
            false,
            Map.of(
                "CAREFILE_PORTAL_URL",
                applicationUrl(),
                "KC_DB_URL",
                "jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                // Overrides the server's random default: the bootstrap admin is created only once,
                // with the first start's password, so that password must be stable.
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword));
    return adminPassword;
  }

  /**
   * The realm is imported on the first start only, so a later CAREFILE_HTTP_PORT would otherwise
   * send portal sign-ins back to the port of that first start, and a realm imported before the
   * sign-in theme existed would keep Keycloak's own.
   */
  private void updateImportedRealm(String adminPassword) throws IOException, InterruptedException {
    String tokenForm =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
    String adminToken =
        JSON.readTree(
                send(
                    HttpRequest.newBuilder(
                            URI.create(
                                keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenForm))))
            .path("access_token")
            .asText();
    String realm = keycloak.url() + "/admin/realms/" + KeycloakServer.REALM;
    // Keycloak updates only the fields a representation carries.
    send(
        HttpRequest.newBuilder(URI.create(realm))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(
                        Map.of("loginTheme", "carefile", "displayNameHtml", "Carefile")))));
    String clients = realm + "/clients";
    String portalClientId =
        JSON.readTree(
                send(
                    HttpRequest.newBuilder(URI.create(clients + "?clientId=carefile-portal"))
                        .header("Authorization", "Bearer " + adminToken)))
            .path(0)
            .path("id")
            .asText();
    send(
        HttpRequest.newBuilder(URI.create(clients + "/" + portalClientId))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("rootUrl", applicationUrl())))));
  }

  private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          request.build().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }

  /** The bootstrap admin's password, generated on first start and kept beside its database. */
  private static String adminPassword(Path keycloakData) throws IOException {
    Path file = keycloakData.resolve("admin-password");
    if (Files.exists(file)) {
      return Files.readString(file).strip();
    }
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String password = HexFormat.of().formatHex(random);
    Files.writeString(file, password + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return password;
  }

  private void startApplication() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                applicationJar.toString())
            .directory(repository.toFile())
            .inheritIO();
    builder.environment().put("QUARKUS_PROFILE", "dev");
    if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
      // This JVM runs the local PostgreSQL, so it stops with the local run; the application
      // itself carries no embedded database.
      String jdbcUrl = EmbeddedPostgresServer.start(dataHome.resolve("postgres"), false, true);
      builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
      builder.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.APP_USER);
      builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.APP_USER);
      builder.environment().put("QUARKUS_FLYWAY_USERNAME", EmbeddedPostgresServer.OWNER);
      builder.environment().put("QUARKUS_FLYWAY_PASSWORD", EmbeddedPostgresServer.OWNER);
    }
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
    builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    builder.environment().put("CAREFILE_KEYCLOAK_URL", keycloak.url());
    application = builder.start();
  }

  private boolean awaitReady() throws InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && application.isAlive()) {
      try {
        if (HTTP.send(ready, BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    return false;
  }

  private void printWelcome(String adminPassword) {
    String app = applicationUrl();
    String users =
        String.join(
            "\n",
            List.of(
                "    northwind-officer       platform-officer, Northwind Social Ltd",
                "    northwind-attestor      platform-officer + platform-attestor, Northwind",
                "    brightsearch-officer    platform-officer, Bright Search Ltd",
                "    brightsearch-attestor   platform-officer + platform-attestor, Bright Search",
                "    regulator-analyst       regulator-analyst",
                "    regulator-enforcement   regulator-enforcement",
                "    regulator-admin         regulator-admin"));
    System.out.printf(
        """

        ==================================================================
         Carefile is running (Ctrl-C stops it and everything it started)

          Portal          %1$s/
          API docs        %1$s/q/swagger-ui
          OpenAPI         %1$s/q/openapi
          Health          %8$s/q/health/ready
          Metrics         %8$s/q/metrics
          Keycloak admin  %2$s/admin/  (admin / %3$s)
          Keycloak log    %7$s

         Demo logins, password %4$s:
        %5$s

         API clients (client credentials): northwind-filer, brightsearch-filer
           secret <client>-dev-secret; carefile-cli (public) for password grants
         Data: %6$s  (stop, then delete it to start afresh)
        ==================================================================

        """,
        app,
        keycloak.url(),
        adminPassword,
        DEMO_PASSWORD,
        users,
        dataHome,
        keycloakHome.resolve("keycloak.log"),
        managementUrl());
  }

  /** Runs on exit, however it came: Ctrl-C, SIGTERM, a failed start or the application's end. */
  private void stopAll() {
    Process running = application;
    if (running != null && running.isAlive()) {
      // SIGTERM, so that the application stops its embedded PostgreSQL; a kill would orphan it.
      running.destroy();
      try {
        if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          running.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (keycloak != null) {
      keycloak.stop();
    }
  }

  private String applicationUrl() {
    return "http://localhost:" + httpPort;
  }

  private String managementUrl() {
    return "http://localhost:" + managementPort;
  }

  /** Set by bin/run-local, which knows where the build put them. */
  private static Path requiredPath(String property) {
    String path = System.getProperty(property);
    if (path == null) {
      throw new IllegalStateException("Set -D" + property + " (bin/run-local does)");
    }
    return Path.of(path).toAbsolutePath();
  }

  private static int port(String variable, int fallback) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(variable + " must be a port number, not '" + value + "'");
    }
  }

  private static void requireFree(int port, String variable) {
    // Keycloak listens on every interface, so check them all, not only loopback.
    try (ServerSocket probe = new ServerSocket(port)) {
      // Bound, so free; closing it releases the port at once.
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " is in use: stop what uses it, or choose another with " + variable, e);
    }
  }
}
