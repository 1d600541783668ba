package io.carefile.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The audit trail is one unbroken, append-only hash chain that reveals any tampering. */
@QuarkusTest
class AuditChainTest {

  @Inject AuditLog auditLog;
  @Inject AuditSequencer sequencer;
  @Inject AuditVerifier verifier;

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void concurrentWritersAndSequencersNeverForkTheChain() throws Exception {
    drain();
    long linksBefore = SystemWork.call(verifier::verify).verifiedLinks();
    int writers = 8;
    int eventsPerWriter = 40;
    int sequencers = 3;
    ExecutorService pool = Executors.newFixedThreadPool(writers + sequencers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      work.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < eventsPerWriter; i++) {
                  SystemWork.run(
                      () -> QuarkusTransaction.requiringNew().run(() -> auditLog.append(entry())));
                }
                return null;
              }));
    }
    // Several sequencers at once stand in for several replicas.
    for (int s = 0; s < sequencers; s++) {
      work.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 40; i++) {
                  sequencer.sequenceBatch();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    drain();

    AuditVerification verification = SystemWork.call(verifier::verify);
    assertThat(verification.intact()).isTrue();
    assertThat(verification.pendingEvents()).isZero();
    assertThat(verification.verifiedLinks()).isEqualTo(linksBefore + writers * eventsPerWriter);
    assertThat(count("select count(*) from audit_chain_link"))
        .isEqualTo(count("select count(*) from audit_event"));
    assertThat(count("select count(distinct prev_hash) from audit_chain_link"))
        .isEqualTo(count("select count(*) from audit_chain_link"));
    assertThat(count("select max(seq) from audit_chain_link"))
        .isEqualTo(count("select count(*) from audit_chain_link"));
  }

  @Test
  void verificationNamesTheFirstTamperedLink() throws SQLException {
    for (int i = 0; i < 3; i++) {
      SystemWork.run(() -> QuarkusTransaction.requiringNew().run(() -> auditLog.append(entry())));
    }
    drain();
    long head = count("select max(seq) from audit_chain_link");
    long tamperedSequence = head - 1;
    UUID tamperedEvent = eventAt(tamperedSequence);
    String originalActor = actorOf(tamperedEvent);

    bypassingTriggers("update audit_event set actor = 'someone else' where id = ?", tamperedEvent);
    try {
      given()
          .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
          .get("/api/v1/audit/verify")
          .then()
          .statusCode(200)
          .body("intact", equalTo(false))
          .body("verifiedLinks", equalTo((int) tamperedSequence - 1))
          .body("firstBrokenLink.sequence", equalTo((int) tamperedSequence))
          .body("firstBrokenLink.eventId", equalTo(tamperedEvent.toString()));
    } finally {
      bypassingTriggers(
          "update audit_event set actor = '" + originalActor.replace("'", "''") + "' where id = ?",
          tamperedEvent);
    }
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditRecords() {
    SystemWork.run(() -> QuarkusTransaction.requiringNew().run(() -> auditLog.append(entry())));
    drain();
    UUID event = eventAt(count("select max(seq) from audit_chain_link"));
    for (String statement :
        List.of(
            "update audit_event set actor = 'x' where id = ?",
            "delete from audit_event where id = ?",
            "update audit_chain_link set hash = 'x' where event_id = ?",
            "delete from audit_chain_link where event_id = ?")) {
      assertThatThrownBy(() -> execute(statement, event))
          .as(statement)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThatThrownBy(() -> execute("truncate audit_event cascade", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
  }

  @Test
  void onlyRegulatorAdminsVerify() {
    for (String who : List.of("regulator-analyst", "regulator-enforcement", "northwind-officer")) {
      given()
          .header("Authorization", Tokens.bearer(Tokens.user(who)))
          .get("/api/v1/audit/verify")
          .then()
          .statusCode(403);
    }
  }

  private static AuditLog.Entry entry() {
    UUID entity = UUID.randomUUID();
    return new AuditLog.Entry("test.recorded", "Test", entity, null, Map.of("id", entity));
  }

  /** Chains everything committed; the scheduled sequencer may hold the lock for a moment. */
  private void drain() {
    while (count("select count(*) from audit_pending") > 0) {
      sequencer.sequenceBatch();
    }
  }

  private long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private UUID eventAt(long sequence) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select event_id from audit_chain_link where seq = ?")) {
      statement.setLong(1, sequence);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getObject(1, UUID.class);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String actorOf(UUID event) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select actor from audit_event where id = ?")) {
      statement.setObject(1, event);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql, UUID event) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (event != null) {
        statement.setObject(1, event);
      }
      statement.executeUpdate();
    }
  }

  /** What an attacker with superuser access could do: switch the triggers off and edit a row. */
  private void bypassingTriggers(String sql, UUID event) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set local session_replication_role = replica");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setObject(1, event);
        assertThat(statement.executeUpdate()).isEqualTo(1);
      }
      connection.commit();
    }
  }
}
