package io.carefile.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.benchmark.DraftReturns.Draft;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.security.Roles;
import io.carefile.template.ReturnSamples;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * What a submission's writes cost on their own: the rows a submission writes, inserted with plain
 * JDBC against the same database, one transaction per submission, one connection per thread. Per
 * submission it builds the canonical payload and its digest, inserts the version (with a receipt
 * signature), its score, the return's review-queue row and its first review event, marks the filing
 * submitted and the obligation fulfilled, appends the two audit events with their pending markers,
 * and remembers the idempotency key. It reads nothing, checks nothing, validates, scores and signs
 * nothing: the score's indicators, the queue row's priority reasons and the signature are copied
 * from a return the application submitted. What the service spends beyond this is the price of
 * HTTP, security, validation, scoring, signing and the ORM.
 */
final class JdbcSubmissionBaseline implements AutoCloseable {

  /** What the rows of one submission are made from, read before the clock starts. */
  record FilingRow(
      UUID filingId,
      UUID platformId,
      UUID obligationId,
      String attestor,
      int referenceYear,
      long referenceNumber,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the application computed for one return it submitted, copied into every baseline row so
   * that the baseline writes rows of the same size without computing them.
   */
  record Computed(
      String receiptSignature,
      String indicators,
      String indicatorsSha256,
      BigDecimal total,
      String band,
      BigDecimal scoredWeight,
      BigDecimal greenFrom,
      BigDecimal amberFrom,
      String sizeBand,
      String category,
      int priority,
      String priorityReasons) {}

  /** Names of the baseline's threads, which outlive each run so that their CPU time can be read. */
  static final String JDBC_THREADS = "benchmark-jdbc-";

  private final List<Connection> connections = new ArrayList<>();
  private final ExecutorService threads;
  private final String attestationStatement;
  private final Computed computed;
  private final JsonNode values = JSON.valueToTree(ReturnSamples.csamQuarter());
  private final String valuesJson = CanonicalJson.of(values);
  private volatile String firstError;

  /** Opens one connection per thread, outside any timed run. */
  JdbcSubmissionBaseline(
      String jdbcUrl,
      String username,
      String password,
      int threads,
      String attestationStatement,
      Computed computed) {
    this.attestationStatement = attestationStatement;
    this.computed = computed;
    this.threads =
        Executors.newFixedThreadPool(threads, Thread.ofPlatform().name(JDBC_THREADS, 1).factory());
    try {
      for (int i = 0; i < threads; i++) {
        Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
        connection.setAutoCommit(false);
        connections.add(connection);
      }
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("Could not connect for the JDBC baseline", e);
    }
  }

  static List<FilingRow> rowsOf(DataSource dataSource, List<Draft> drafts) {
    Map<UUID, String> attestors = new HashMap<>();
    drafts.forEach(draft -> attestors.put(draft.filingId(), draft.platform().attestor()));
    List<FilingRow> rows = new ArrayList<>(drafts.size());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select f.id, f.platform_id, f.obligation_id, f.reference_year,"
                    + " f.reference_number, o.period_start, o.period_end, o.due_date"
                    + " from filing f join obligation o on o.id = f.obligation_id"
                    + " where f.id = any(?) and f.status = 'DRAFT'")) {
      Array ids = connection.createArrayOf("uuid", attestors.keySet().toArray());
      query.setArray(1, ids);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          UUID filingId = result.getObject(1, UUID.class);
          rows.add(
              new FilingRow(
                  filingId,
                  result.getObject(2, UUID.class),
                  result.getObject(3, UUID.class),
                  attestors.get(filingId),
                  result.getInt(4),
                  result.getLong(5),
                  result.getObject(6, LocalDate.class),
                  result.getObject(7, LocalDate.class),
                  result.getObject(8, LocalDate.class)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the baseline's filings", e);
    }
    if (rows.size() != drafts.size()) {
      throw new IllegalStateException(
          "Expected " + drafts.size() + " open drafts for the baseline, found " + rows.size());
    }
    return rows;
  }

  /** What the application computed for one of the returns it submitted. */
  static Computed computedBy(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select v.receipt_signature, cast(s.indicators as text), s.indicators_sha256,"
                    + " s.total, s.band, s.scored_weight, s.green_from, s.amber_from, s.size_band,"
                    + " s.category, r.priority, cast(r.priority_reasons as text)"
                    + " from filing_version v"
                    + " join filing_score s on s.filing_version_id = v.id"
                    + " join review r on r.filing_id = v.filing_id"
                    + " where v.receipt_signature is not null limit 1");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("The baseline needs a return the application submitted");
      }
      return new Computed(
          row.getString(1),
          row.getString(2),
          row.getString(3),
          row.getBigDecimal(4),
          row.getString(5),
          row.getBigDecimal(6),
          row.getBigDecimal(7),
          row.getBigDecimal(8),
          row.getString(9),
          row.getString(10),
          row.getInt(11),
          row.getString(12));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a submitted return", e);
    }
  }

  /** Why the first failed submission failed; null when none did. */
  String firstError() {
    return firstError;
  }

  /**
   * Submits every row, one thread per connection. The connections stay open across runs, so that
   * each run finds them warm and the CPU of their server processes is still there to be measured.
   */
  Latencies run(List<FilingRow> rows) {
    long[] latencies = new long[rows.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    Queue<Connection> idle = new ConcurrentLinkedQueue<>(connections);
    long started = System.nanoTime();
    Parallel.onEach(
        threads,
        connections.size(),
        () -> {
          Connection connection = idle.remove();
          try (Statements statements = new Statements(connection)) {
            for (int i = next.getAndIncrement(); i < rows.size(); i = next.getAndIncrement()) {
              long sent = System.nanoTime();
              try {
                submit(statements, rows.get(i));
                connection.commit();
              } catch (SQLException e) {
                if (errors.incrementAndGet() == 1) {
                  firstError = e.toString();
                }
                rollback(connection);
              }
              latencies[i] = System.nanoTime() - sent;
            }
          } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the baseline's statements", e);
          }
        });
    return Latencies.of(latencies, errors.get(), System.nanoTime() - started);
  }

  @Override
  public void close() {
    threads.close();
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not close a baseline connection", e);
      }
    }
  }

  private void submit(Statements statements, FilingRow row) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Timestamp at = Timestamp.from(now);
    UUID versionId = UUID.randomUUID();
    String idempotencyKey = UUID.randomUUID().toString();
    String accessionNumber =
        String.format("DCR-%d-%06d-01", row.referenceYear(), row.referenceNumber());
    String canonicalPayload = CanonicalJson.of(payload(row, accessionNumber, now));
    String sha256 = CanonicalJson.sha256Hex(canonicalPayload);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("filingId", row.filingId());
    result.put("version", 1);
    result.put("accessionNumber", accessionNumber);
    result.put("submittedAt", now.toString());
    result.put("sha256", sha256);
    String actor = row.attestor() + " (" + row.platformId() + ")";
    UUID submittedEventId = UUID.randomUUID();

    PreparedStatement version = statements.insertVersion;
    version.setObject(1, versionId);
    version.setObject(2, row.filingId());
    version.setObject(3, row.platformId());
    version.setString(4, accessionNumber);
    version.setTimestamp(5, at);
    version.setString(6, row.attestor());
    version.setString(7, valuesJson);
    // A stand-in for the attestor's Keycloak subject, a UUID like it.
    version.setString(8, row.platformId().toString());
    version.setString(9, row.attestor());
    version.setString(10, "Benchmark Attestor");
    version.setString(11, Roles.PLATFORM_ATTESTOR);
    version.setString(12, attestationStatement);
    version.setString(13, canonicalPayload);
    version.setString(14, sha256);
    version.setString(15, computed.receiptSignature());
    version.setObject(16, submittedEventId);
    version.executeUpdate();

    score(statements.insertScore, row, versionId, at);
    review(statements, row, at);

    statements.updateFiling.setObject(1, row.filingId());
    statements.updateFiling.executeUpdate();
    statements.updateObligation.setObject(1, row.obligationId());
    statements.updateObligation.executeUpdate();

    audit(
        statements,
        UUID.randomUUID(),
        at,
        actor,
        row,
        "Obligation",
        row.obligationId(),
        "obligation.fulfilled",
        CanonicalJson.sha256(Map.of("id", row.obligationId(), "status", "FULFILLED")));
    audit(
        statements,
        submittedEventId,
        at,
        actor,
        row,
        "Filing",
        row.filingId(),
        "filing.submitted",
        CanonicalJson.sha256(result));

    PreparedStatement key = statements.insertKey;
    key.setObject(1, row.platformId());
    key.setString(2, idempotencyKey);
    key.setString(
        3,
        CanonicalJson.sha256(
            Map.of("filing", row.filingId(), "request", CarefileApi.ATTESTED_SUBMISSION)));
    key.setObject(4, versionId);
    key.setTimestamp(5, at);
    key.executeUpdate();
  }

  private Map<String, Object> payload(FilingRow row, String accessionNumber, Instant now) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("accessionNumber", accessionNumber);
    payload.put("filingId", row.filingId());
    payload.put("version", 1);
    payload.put("platformId", row.platformId());
    payload.put(
        "obligation",
        Map.of(
            "id", row.obligationId(),
            "periodStart", row.periodStart().toString(),
            "periodEnd", row.periodEnd().toString(),
            "dueDate", row.dueDate().toString()));
    payload.put("template", Map.of("code", "CSAM-Q", "version", 1));
    payload.put("values", values);
    payload.put("findings", List.of());
    payload.put("explanations", Map.of());
    payload.put(
        "attestation",
        Map.of(
            "username",
            row.attestor(),
            "name",
            "Benchmark Attestor",
            "role",
            Roles.PLATFORM_ATTESTOR,
            "statement",
            attestationStatement,
            "attestedAt",
            now.toString()));
    payload.put("source", "API");
    payload.put("late", false);
    payload.put("submittedAt", now.toString());
    payload.put("submittedBy", row.attestor());
    return payload;
  }

  private void score(PreparedStatement score, FilingRow row, UUID versionId, Timestamp at)
      throws SQLException {
    score.setObject(1, versionId);
    score.setObject(2, row.platformId());
    score.setObject(3, row.filingId());
    score.setString(4, computed.indicatorsSha256());
    score.setBigDecimal(5, computed.total());
    score.setString(6, computed.band());
    score.setBigDecimal(7, computed.scoredWeight());
    score.setBigDecimal(8, computed.greenFrom());
    score.setBigDecimal(9, computed.amberFrom());
    score.setString(10, computed.indicators());
    score.setTimestamp(11, at);
    score.setObject(12, row.periodStart());
    score.setString(13, computed.category());
    score.setString(14, computed.sizeBand());
    score.executeUpdate();
  }

  private void review(Statements statements, FilingRow row, Timestamp at) throws SQLException {
    PreparedStatement review = statements.insertReview;
    review.setObject(1, row.filingId());
    review.setObject(2, row.platformId());
    review.setObject(3, row.periodStart());
    review.setString(4, computed.category());
    review.setTimestamp(5, at);
    review.setString(6, computed.band());
    review.setBigDecimal(7, computed.total());
    review.setInt(8, computed.priority());
    review.setString(9, computed.priorityReasons());
    review.executeUpdate();
    PreparedStatement event = statements.insertReviewEvent;
    event.setObject(1, UUID.randomUUID());
    event.setObject(2, row.filingId());
    event.setObject(3, row.platformId());
    event.setTimestamp(4, at);
    event.setString(5, row.attestor());
    event.executeUpdate();
  }

  private static void audit(
      Statements statements,
      UUID eventId,
      Timestamp at,
      String actor,
      FilingRow row,
      String entityType,
      UUID entityId,
      String action,
      String digest)
      throws SQLException {
    PreparedStatement event = statements.insertAuditEvent;
    event.setObject(1, eventId);
    event.setTimestamp(2, at);
    event.setString(3, actor);
    event.setObject(4, row.platformId());
    event.setString(5, entityType);
    event.setString(6, entityId.toString());
    event.setString(7, action);
    event.setString(8, digest);
    event.executeUpdate();
    statements.insertAuditPending.setObject(1, eventId);
    statements.insertAuditPending.executeUpdate();
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not roll back a baseline submission", e);
    }
  }

  /** The baseline's statements, prepared once per connection as a pool would cache them. */
  private static final class Statements implements AutoCloseable {

    final PreparedStatement insertVersion;
    final PreparedStatement updateFiling;
    final PreparedStatement updateObligation;
    final PreparedStatement insertAuditEvent;
    final PreparedStatement insertAuditPending;
    final PreparedStatement insertKey;
    final PreparedStatement insertScore;
    final PreparedStatement insertReview;
    final PreparedStatement insertReviewEvent;

    Statements(Connection connection) throws SQLException {
      insertVersion =
          connection.prepareStatement(
              "insert into filing_version (id, filing_id, platform_id, number, accession_number,"
                  + " source, late, submitted_at, submitted_by, filed_values, findings,"
                  + " explanations, attestor_subject, attestor_username, attestor_name,"
                  + " attestor_role, attestation_statement, canonical_payload, sha256,"
                  + " receipt_signature, audit_event_id)"
                  + " values (?, ?, ?, 1, ?, 'API', false, ?, ?, ?::jsonb, '[]'::jsonb,"
                  + " '{}'::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      insertScore =
          connection.prepareStatement(
              "insert into filing_score (filing_version_id, platform_id, filing_id,"
                  + " version_number, template_code, template_version, indicators_sha256, total,"
                  + " band, scored_weight, green_from, amber_from, indicators, computed_at,"
                  + " period_start, category, size_band)"
                  + " values (?, ?, ?, 1, 'CSAM-Q', 1, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)");
      insertReview =
          connection.prepareStatement(
              "insert into review (filing_id, platform_id, template_code, template_version,"
                  + " period_start, category, latest_version, submitted_at, late, warnings,"
                  + " explained_warnings, rule_ids, band, band_overridden, band_version, total,"
                  + " status, priority, priority_reasons)"
                  + " values (?, ?, 'CSAM-Q', 1, ?, ?, 1, ?, false, 0, 0, '{}', ?, false, 1, ?,"
                  + " 'SUBMITTED', ?, ?::jsonb)");
      insertReviewEvent =
          connection.prepareStatement(
              "insert into review_event (id, filing_id, platform_id, occurred_at, actor, action,"
                  + " version_number, to_status, detail)"
                  + " values (?, ?, ?, ?, ?, 'SUBMITTED', 1, 'SUBMITTED', 'Version 1 submitted')");
      updateFiling =
          connection.prepareStatement(
              "update filing set status = 'SUBMITTED', latest_version = 1, draft_values = null,"
                  + " draft_saved_at = null, draft_saved_by = null, version = version + 1"
                  + " where id = ?");
      updateObligation =
          connection.prepareStatement(
              "update obligation set status = 'FULFILLED', version = version + 1 where id = ?");
      insertAuditEvent =
          connection.prepareStatement(
              "insert into audit_event (id, occurred_at, actor, platform_id, entity_type,"
                  + " entity_id, action, state_digest) values (?, ?, ?, ?, ?, ?, ?, ?)");
      insertAuditPending =
          connection.prepareStatement("insert into audit_pending (event_id) values (?)");
      insertKey =
          connection.prepareStatement(
              "insert into submission_idempotency (platform_id, idempotency_key,"
                  + " request_sha256, filing_version_id, created_at) values (?, ?, ?, ?, ?)");
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement statement :
          List.of(
              insertVersion,
              updateFiling,
              updateObligation,
              insertAuditEvent,
              insertAuditPending,
              insertKey,
              insertScore,
              insertReview,
              insertReviewEvent)) {
        statement.close();
      }
    }
  }
}
