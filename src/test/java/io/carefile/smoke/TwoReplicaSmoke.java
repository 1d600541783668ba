package io.carefile.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.support.EmbeddedPostgresServer;
import io.carefile.support.FreePort;
import io.carefile.support.KeycloakServer;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two replicas of the Carefile image against one PostgreSQL and one Keycloak, with one of them
 * killed half way through a load of submissions and started again. Run by {@code
 * bin/smoke-two-replicas} (README, "Two replicas"), never by the test suite: it needs podman and
 * the image. It prints its figures and exits 1 if any check fails.
 */
public final class TwoReplicaSmoke {

  private static final Path WORK = Path.of("target/smoke");
  private static final String DEMO_PLATFORMS = "src/main/resources/db/demo/R__demo_platforms.sql";
  private static final LocalDate FIRST_QUARTER = LocalDate.of(2300, 1, 1);
  private static final int SETUP_THREADS = 4;
  private static final int MAX_ATTEMPTS = 30;
  private static final Duration AUDIT_WAIT = Duration.ofMinutes(3);
  private static final Pattern JOB_RUN =
      Pattern.compile("Job run: (\\S+) slot (\\S+) on (\\S+) (succeeded|failed)");

  /** A platform of the demo data with its filing system's client and its attestor. */
  private record Platform(UUID id, String client, String attestor) {}

  private record Draft(int number, UUID filingId, Platform platform) {}

  /** What a replica answered 201 to: the receipt's digest, version and accession number. */
  private record Acknowledged(
      Draft draft, String replica, String sha256, int version, String accession, long atNanos) {}

  private static final List<Platform> PLATFORMS =
      List.of(
          new Platform(
              UUID.fromString(Tokens.NORTHWIND_ID), "northwind-filer", "northwind-attestor"),
          new Platform(
              UUID.fromString(Tokens.BRIGHTSEARCH_ID),
              "brightsearch-filer",
              "brightsearch-attestor"));

  private final int submissions = Integer.getInteger("smoke.submissions", 400);
  private final int rate = Integer.getInteger("smoke.rate", 10);
  private final double killAt = Double.parseDouble(System.getProperty("smoke.kill-at", "0.3"));

  /** Every five seconds by default, so that both replicas contend for many slots of every job. */
  private final String jobCron = System.getProperty("smoke.job-cron", "0/5 * * * * ?");

  private final String image = required("smoke.image");
  private final List<String> podman = Arrays.asList(required("smoke.podman").trim().split("\\s+"));
  private final Map<String, String> figures = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
  private final AtomicInteger retries = new AtomicInteger();

  /**
   * First submissions of one platform's periods of a template, in flight together, can meet on the
   * review of a later period that both update (ReviewQueueUpdates, the next period's previous
   * total) and one is answered 409 stale-version. It happens with one replica as with two and files
   * nothing; the harness retries as the answer says and reports the count.
   */
  private final AtomicInteger staleVersionAnswers = new AtomicInteger();

  private final List<String> refusals = new ArrayList<>();
  private final List<UUID> refusedFilings = new ArrayList<>();

  private String jdbcUrl;
  private SmokeApi api;
  private Replica first;
  private Replica second;
  private volatile long restartedReadyAt = Long.MAX_VALUE;

  public static void main(String[] args) throws Exception {
    TwoReplicaSmoke smoke = new TwoReplicaSmoke();
    int exit;
    try {
      exit = smoke.run();
    } finally {
      smoke.removeContainers();
    }
    System.exit(exit);
  }

  private int run() throws Exception {
    Files.createDirectories(WORK);
    jdbcUrl = EmbeddedPostgresServer.start(WORK.resolve("postgres"), true, true);
    int firstHttp = FreePort.find();
    KeycloakServer keycloak =
        KeycloakServer.start(
            Path.of(required("carefile.build.keycloak-home")).toAbsolutePath(),
            Path.of("config/keycloak/carefile-realm.json"),
            FreePort.find(),
            true,
            Map.of("CAREFILE_PORTAL_URL", "http://localhost:" + firstHttp));
    api = new SmokeApi(keycloak.realmUrl());
    startReplicas(keycloak, firstHttp);
    seedDemoPlatforms();

    long setup = System.nanoTime();
    List<Draft> drafts = prepareDrafts();
    figures.put("drafts prepared", drafts.size() + " in " + seconds(System.nanoTime() - setup));

    load(drafts);
    replayEveryAcknowledged();
    checkTheDatabase();
    checkTheAuditChain();
    checkJobRuns();
    report();
    return failures.isEmpty() ? 0 : 1;
  }

  private void startReplicas(KeycloakServer keycloak, int firstHttp)
      throws InterruptedException, NoSuchAlgorithmException {
    byte[] stateKey = new byte[32];
    new SecureRandom().nextBytes(stateKey);
    Map<String, String> secrets =
        Map.of(
            "QUARKUS_DATASOURCE_PASSWORD",
            EmbeddedPostgresServer.APP_USER,
            "QUARKUS_FLYWAY_PASSWORD",
            EmbeddedPostgresServer.OWNER,
            // The realm file's development secrets, which its Keycloak was started with.
            "CAREFILE_API_CLIENT_SECRET",
            "carefile-api-dev-secret",
            "CAREFILE_PORTAL_CLIENT_SECRET",
            "carefile-portal-dev-secret",
            "CAREFILE_STATE_SECRET",
            HexFormat.of().formatHex(stateKey),
            // A key of the run's own: both replicas sign checkpoints and receipts with it.
            "CAREFILE_AUDIT_LOG_SIGNING_KEY",
            Base64.getEncoder()
                .encodeToString(
                    KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded()));
    Map<String, String> settings = new TreeMap<>();
    settings.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    settings.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.APP_USER);
    settings.put("QUARKUS_FLYWAY_USERNAME", EmbeddedPostgresServer.OWNER);
    settings.put("CAREFILE_KEYCLOAK_URL", keycloak.url());
    settings.put("JAVA_OPTS", "-Xmx512m -XX:+ExitOnOutOfMemoryError");
    // A killed replica's running slot is taken over after 4 missed one-second heartbeats.
    settings.put("CAREFILE_JOBS_POLLING_INTERVAL", "1s");
    settings.put("CAREFILE_JOBS_HEARTBEAT", "1s");
    settings.put("CAREFILE_JOBS_MISSED_HEARTBEATS", "4");
    settings.put("CAREFILE_OBLIGATIONS_DAILY_CRON", jobCron);
    settings.put("CAREFILE_ENFORCEMENT_TRIGGERS_SWEEP_CRON", jobCron);
    settings.put("CAREFILE_PENALTY_OVERDUE_CRON", jobCron);
    settings.put("CAREFILE_PENALTY_POINTS_CRON", jobCron);
    first =
        new Replica(
            "carefile-smoke-a", image, podman, firstHttp, FreePort.find(), settings, secrets);
    second =
        new Replica(
            "carefile-smoke-b", image, podman, FreePort.find(), FreePort.find(), settings, secrets);
    // Both at once: their Flyway runs contend for the same empty schema, as two new pods do.
    long started = System.nanoTime();
    first.create();
    second.create();
    figures.put("replica a ready after its start", seconds(first.awaitReady(started).toNanos()));
    figures.put("replica b ready after its start", seconds(second.awaitReady(started).toNanos()));
  }

  /** The demo platforms, whose ids the realm's filing clients and attestors carry. */
  private void seedDemoPlatforms() throws IOException, SQLException {
    try (Connection owner = owner();
        Statement statement = owner.createStatement()) {
      statement.execute(Files.readString(Path.of(DEMO_PLATFORMS)));
    }
  }

  private List<Draft> prepareDrafts() throws Exception {
    String regulator = api.userToken("regulator-admin", Tokens.PASSWORD);
    Map<String, Object> values = ReturnSamples.csamQuarter();
    List<Map.Entry<Platform, UUID>> obligations = new ArrayList<>();
    LocalDate quarter = FIRST_QUARTER;
    while (obligations.size() < submissions) {
      api.postExpecting(
          first.url(),
          "/api/v1/obligations/generation",
          regulator,
          Map.of("templateCode", "CSAM-Q", "periodStart", quarter.toString()),
          200);
      Map<UUID, UUID> byPlatform = obligationsOf(quarter);
      for (Platform platform : PLATFORMS) {
        if (obligations.size() < submissions) {
          obligations.add(Map.entry(platform, byPlatform.get(platform.id())));
        }
      }
      quarter = quarter.plusMonths(3);
    }
    List<Future<Draft>> started = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS)) {
      for (int i = 0; i < obligations.size(); i++) {
        int number = i;
        Map.Entry<Platform, UUID> obligation = obligations.get(i);
        Replica replica = i % 2 == 0 ? first : second;
        started.add(
            pool.submit(
                () -> {
                  JsonNode filing =
                      api.postExpecting(
                          replica.url(),
                          "/api/v1/filings",
                          clientToken(obligation.getKey()),
                          Map.of("obligationId", obligation.getValue(), "values", values),
                          201);
                  return new Draft(
                      number, UUID.fromString(filing.path("id").asText()), obligation.getKey());
                }));
      }
    }
    List<Draft> drafts = new ArrayList<>();
    for (Future<Draft> draft : started) {
      drafts.add(draft.get());
    }
    return drafts;
  }

  /**
   * Submissions at a steady rate, alternating between the replicas, each on its own virtual thread;
   * after {@code killAt} of them the first replica is killed and started again while the load goes
   * on. The last quarter waits until the restarted replica is ready, so that both carry load again
   * however long its restart took. A submission that finds its replica gone (or answers 5xx) is
   * sent again with the same Idempotency-Key to the other one, as a client behind a load balancer
   * retries.
   */
  private void load(List<Draft> drafts) throws Exception {
    int killAfter = (int) (drafts.size() * killAt);
    int heldUntilRestart = drafts.size() - drafts.size() / 4;
    List<Thread> running = new ArrayList<>();
    long start = System.nanoTime();
    long paceFrom = start;
    int pacedFrom = 0;
    Thread chaos = null;
    for (Draft draft : drafts) {
      if (draft.number() == heldUntilRestart && chaos != null) {
        chaos.join();
        paceFrom = System.nanoTime();
        pacedFrom = draft.number();
      }
      long due = paceFrom + (draft.number() - pacedFrom) * 1_000_000_000L / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      if (draft.number() == killAfter) {
        chaos = Thread.ofVirtual().start(() -> killAndRestart(start));
      }
      running.add(Thread.ofVirtual().start(() -> submitUntilAcknowledged(draft)));
    }
    for (Thread thread : running) {
      thread.join();
    }
    if (chaos != null) {
      chaos.join();
    }
    long elapsed = System.nanoTime() - start;
    figures.put(
        "load", drafts.size() + " submissions paced at " + rate + "/s over " + seconds(elapsed));
    figures.put("acknowledged (201)", String.valueOf(acknowledged.size()));
    figures.put("retries with the same Idempotency-Key", String.valueOf(retries.get()));
    figures.put("409 stale-version answers, retried", String.valueOf(staleVersionAnswers.get()));
    for (Replica replica : List.of(first, second)) {
      figures.put(
          "acknowledged by " + replica.name(),
          String.valueOf(
              acknowledged.values().stream()
                  .filter(ack -> ack.replica().equals(replica.name()))
                  .count()));
    }
    long afterRestart =
        acknowledged.values().stream()
            .filter(ack -> ack.replica().equals(first.name()) && ack.atNanos() > restartedReadyAt)
            .count();
    figures.put(
        "acknowledged by " + first.name() + " after its restart", String.valueOf(afterRestart));
    check(
        acknowledged.size() == drafts.size(), "every submission acknowledged", refusals.toString());
    check(
        afterRestart > 0,
        "the restarted replica served submissions again",
        "raise -Dsmoke.submissions or lower -Dsmoke.rate so the load outlasts the restart");
  }

  private void killAndRestart(long loadStart) {
    first.kill();
    long killed = System.nanoTime();
    figures.put("replica a killed (SIGKILL) at", seconds(killed - loadStart) + " into the load");
    first.restart();
    try {
      first.awaitReady(killed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    restartedReadyAt = System.nanoTime();
    figures.put("replica a ready again after its kill", seconds(restartedReadyAt - killed));
  }

  private void submitUntilAcknowledged(Draft draft) {
    String key = idempotencyKey(draft);
    List<String> attempts = new ArrayList<>();
    long start = System.nanoTime();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Replica replica = (draft.number() + attempt) % 2 == 0 ? first : second;
      if (attempt > 0) {
        retries.incrementAndGet();
        pause(Math.min(1000, 100L * attempt));
      }
      String sent = replica.name() + " at +" + seconds(System.nanoTime() - start);
      try {
        HttpResponse<String> response = submit(replica, draft, key);
        attempts.add(sent + ": " + response.statusCode());
        if (response.statusCode() == 201) {
          JsonNode receipt = SmokeApi.json(response.body());
          acknowledged.put(
              key,
              new Acknowledged(
                  draft,
                  replica.name(),
                  receipt.path("sha256").asText(),
                  receipt.path("version").asInt(),
                  receipt.path("accessionNumber").asText(),
                  System.nanoTime()));
          return;
        }
        if (isStaleVersion(response)) {
          // The problem's own advice: read again and retry. See staleVersionAnswers.
          staleVersionAnswers.incrementAndGet();
        } else if (response.statusCode() < 500) {
          refused(draft, attempts, response.body());
          return;
        }
      } catch (IOException e) {
        // The replica is gone or going: the other one gets the same key.
        attempts.add(sent + ": " + e.getClass().getSimpleName());
      }
    }
    refused(draft, attempts, "no answer after " + MAX_ATTEMPTS + " attempts");
  }

  private static boolean isStaleVersion(HttpResponse<String> response) {
    return response.statusCode() == 409
        && SmokeApi.json(response.body()).path("type").asText().endsWith(":stale-version");
  }

  private void refused(Draft draft, List<String> attempts, String answer) {
    synchronized (refusals) {
      refusals.add(draft.filingId() + " " + attempts + " " + answer);
      refusedFilings.add(draft.filingId());
    }
  }

  /** The same key and body again, on the replica that did not acknowledge it: the first result. */
  private void replayEveryAcknowledged() {
    int same = 0;
    List<String> different = new ArrayList<>();
    for (Acknowledged ack : acknowledged.values()) {
      Replica other = ack.replica().equals(first.name()) ? second : first;
      try {
        HttpResponse<String> response = submit(other, ack.draft(), idempotencyKey(ack.draft()));
        JsonNode receipt = SmokeApi.json(response.body());
        if (response.statusCode() / 100 == 2
            && receipt.path("sha256").asText().equals(ack.sha256())
            && receipt.path("version").asInt() == ack.version()
            && receipt.path("accessionNumber").asText().equals(ack.accession())) {
          same++;
        } else {
          different.add(
              ack.draft().filingId() + ": " + response.statusCode() + " " + response.body());
        }
      } catch (IOException e) {
        different.add(ack.draft().filingId() + ": " + e);
      }
    }
    figures.put("replays answering the first receipt", same + " of " + acknowledged.size());
    check(different.isEmpty(), "every replay answers the first receipt", first(different));
  }

  private void checkTheDatabase() throws SQLException {
    int present = 0;
    int digestsHold = 0;
    List<String> problems = new ArrayList<>();
    try (Connection owner = owner();
        PreparedStatement versions =
            owner.prepareStatement(
                "select number, sha256, accession_number, canonical_payload from filing_version"
                    + " where filing_id = ?");
        PreparedStatement audits =
            owner.prepareStatement(
                "select count(*) from audit_event where action = 'filing.submitted'"
                    + " and entity_id = ?")) {
      for (Acknowledged ack : acknowledged.values()) {
        versions.setObject(1, ack.draft().filingId());
        List<String> rows = new ArrayList<>();
        try (ResultSet row = versions.executeQuery()) {
          while (row.next()) {
            rows.add(row.getInt(1) + " " + row.getString(3));
            if (row.getInt(1) == ack.version()
                && row.getString(2).equals(ack.sha256())
                && row.getString(3).equals(ack.accession())) {
              present++;
              if (sha256(row.getString(4)).equals(ack.sha256())) {
                digestsHold++;
              }
            }
          }
        }
        if (rows.size() != 1) {
          problems.add(ack.draft().filingId() + " has versions " + rows);
        }
        audits.setString(1, ack.draft().filingId().toString());
        try (ResultSet count = audits.executeQuery()) {
          count.next();
          if (count.getInt(1) != 1) {
            problems.add(ack.draft().filingId() + " has " + count.getInt(1) + " submission events");
          }
        }
      }
    }
    if (!refusedFilings.isEmpty()) {
      figures.put(
          "refused submissions stored all the same", String.valueOf(storedOf(refusedFilings)));
    }
    figures.put(
        "acknowledged versions stored with their receipt", present + " of " + acknowledged.size());
    figures.put("stored payloads whose SHA-256 is the receipt's", String.valueOf(digestsHold));
    check(present == acknowledged.size(), "every acknowledged submission is stored", "");
    check(digestsHold == acknowledged.size(), "every stored payload hashes to its receipt", "");
    check(problems.isEmpty(), "one version and one audit event per submission", first(problems));
  }

  /** How many of the filings have a submitted version. */
  private int storedOf(List<UUID> filings) throws SQLException {
    int stored = 0;
    try (Connection owner = owner();
        PreparedStatement versions =
            owner.prepareStatement("select count(*) from filing_version where filing_id = ?")) {
      for (UUID filing : filings) {
        versions.setObject(1, filing);
        try (ResultSet count = versions.executeQuery()) {
          count.next();
          stored += count.getInt(1) > 0 ? 1 : 0;
        }
      }
    }
    return stored;
  }

  private void checkTheAuditChain() throws InterruptedException {
    String regulator = api.userToken("regulator-admin", Tokens.PASSWORD);
    long deadline = System.nanoTime() + AUDIT_WAIT.toNanos();
    JsonNode verification = api.get(second.url(), "/api/v1/audit/verify", regulator);
    while (verification.path("pendingEvents").asLong() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      verification = api.get(second.url(), "/api/v1/audit/verify", regulator);
    }
    figures.put(
        "audit chain",
        (verification.path("intact").asBoolean() ? "intact" : "BROKEN")
            + ", "
            + verification.path("verifiedLinks").asLong()
            + " links verified, "
            + verification.path("pendingEvents").asLong()
            + " pending");
    check(
        verification.path("intact").asBoolean(),
        "the audit chain is intact",
        verification.toString());
    check(verification.path("pendingEvents").asLong() == 0, "every audit event is chained", "");
  }

  /** Each replica logs every job run it finished; no slot of any job may appear twice. */
  private void checkJobRuns() {
    Map<String, Map<String, Integer>> runsByJob = new TreeMap<>();
    Map<String, Integer> slots = new TreeMap<>();
    for (Replica replica : List.of(first, second)) {
      Matcher run = JOB_RUN.matcher(replica.log());
      while (run.find()) {
        if (run.group(4).equals("succeeded")) {
          runsByJob
              .computeIfAbsent(run.group(1), job -> new TreeMap<>())
              .merge(run.group(3), 1, Integer::sum);
          slots.merge(run.group(1) + " " + run.group(2), 1, Integer::sum);
        }
      }
    }
    runsByJob.forEach((job, byReplica) -> figures.put("job runs of " + job, byReplica.toString()));
    List<String> twice =
        slots.entrySet().stream()
            .filter(slot -> slot.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    figures.put("job slots run", slots.size() + ", of which run twice: " + twice.size());
    check(!slots.isEmpty(), "scheduled jobs ran", "no 'Job run:' line in either replica's log");
    check(twice.isEmpty(), "every job slot ran once across both replicas", first(twice));
  }

  private void report() {
    System.out.println();
    System.out.println("Two-replica smoke run of " + image);
    figures.forEach((name, value) -> System.out.printf("  %-52s %s%n", name, value));
    System.out.println();
    if (failures.isEmpty()) {
      System.out.println("PASSED: every check held.");
    } else {
      System.out.println("FAILED:");
      failures.forEach(failure -> System.out.println("  " + failure));
    }
  }

  /** Keeps each replica's log under target/smoke (the figures' evidence), then removes it. */
  private void removeContainers() throws IOException {
    for (Replica replica : new Replica[] {first, second}) {
      if (replica != null) {
        Files.writeString(WORK.resolve(replica.name() + ".log"), replica.log());
        replica.remove();
      }
    }
  }

  private HttpResponse<String> submit(Replica replica, Draft draft, String key) throws IOException {
    return api.post(
        replica.url(),
        "/api/v1/filings/" + draft.filingId() + "/submissions",
        clientToken(draft.platform()),
        Map.of("Idempotency-Key", key),
        Map.of(
            "attestation",
            Map.of("statementAccepted", true, "attestor", draft.platform().attestor())));
  }

  private String clientToken(Platform platform) {
    return api.clientToken(platform.client(), platform.client() + "-dev-secret");
  }

  private static String idempotencyKey(Draft draft) {
    return "smoke-" + draft.filingId();
  }

  private Map<UUID, UUID> obligationsOf(LocalDate quarter) throws SQLException {
    Map<UUID, UUID> byPlatform = new ConcurrentHashMap<>();
    try (Connection owner = owner();
        PreparedStatement query =
            owner.prepareStatement(
                "select platform_id, id from obligation"
                    + " where template_code = 'CSAM-Q' and period_start = ?")) {
      query.setObject(1, quarter);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byPlatform.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
        }
      }
    }
    return byPlatform;
  }

  /** As the schema's owner, beneath row-level security: the harness sees every platform. */
  private Connection owner() throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl, EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.OWNER);
  }

  private void check(boolean holds, String what, String detail) {
    if (!holds) {
      failures.add(what + (detail.isEmpty() ? "" : ": " + detail));
    }
  }

  private static String first(List<String> items) {
    return items.isEmpty()
        ? ""
        : items.size() + ", the first: " + items.subList(0, Math.min(3, items.size()));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Set -D" + property + " (bin/smoke-two-replicas does)");
    }
    return value;
  }
}
