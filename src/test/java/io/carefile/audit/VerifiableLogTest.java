package io.carefile.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.carefile.audit.tlog.Checkpoint;
import io.carefile.audit.tlog.LogWitness;
import io.carefile.audit.tlog.MerkleProofs;
import io.carefile.audit.tlog.MerkleTree;
import io.carefile.audit.tlog.NoteKey;
import io.carefile.audit.tlog.ReceiptCheck;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The verifiable log end to end: the tree the sequencer keeps, signed checkpoints published without
 * sign-in, proofs over the API (an event's only to its platform), signed receipts checked offline,
 * and a deleted tail or rewritten event found by verify and by the witness.
 */
@QuarkusTest
class VerifiableLogTest {

  private static final long SEQUENCER_LOCK = 0x4155444954534551L;

  @Inject AuditLog auditLog;
  @Inject AuditSequencer sequencer;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @TestHTTPResource URI server;

  @Test
  void theSequencersTreeHasTheRootOfAnIndependentRecomputationAndCheckpointsVerify() {
    appendOneByOne(3);
    JsonPath checkpoint = signCheckpoint();
    long size = checkpoint.getLong("treeSize");

    String note =
        given().get("/api/v1/public/log/checkpoint").then().statusCode(200).extract().asString();
    NoteKey key = publishedKey();
    Checkpoint published = Checkpoint.parse(key.verify(note));
    assertThat(published.size()).isGreaterThanOrEqualTo(size);
    assertThat(published.origin()).isEqualTo("carefile.example/audit-log");
    assertThat(published.rootHash()).isEqualTo(recomputedRoot(published.size()));
    assertThat(note).isEqualTo(checkpointAt(published.size()).getString("note"));

    given()
        .get("/api/v1/public/log/key")
        .then()
        .statusCode(200)
        .body("verifierKey", equalTo(key.verifierKey()))
        .body("algorithm", equalTo("Ed25519"));
    given()
        .get("/api/v1/public/log/checkpoints/abc")
        .then()
        .statusCode(400)
        .body("type", equalTo(problem("invalid-tree-size")));
    given().get("/api/v1/public/log/checkpoints/" + (size + 1_000_000)).then().statusCode(404);
    assertThat(count("select count(*) from scheduled_tasks where task_name = 'audit-checkpoint'"))
        .as("the checkpoint job is scheduled")
        .isEqualTo(1);
  }

  @Test
  void consistencyProofsBetweenCheckpointsVerifyAndBadSizesAreRefused() {
    appendOneByOne(2);
    Checkpoint first = Checkpoint.parse(publishedKey().verify(signCheckpoint().getString("note")));
    appendOneByOne(3);
    Checkpoint second = Checkpoint.parse(publishedKey().verify(signCheckpoint().getString("note")));

    JsonPath proof =
        given()
            .queryParam("first", first.size())
            .queryParam("second", second.size())
            .get("/api/v1/public/log/consistency")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            MerkleProofs.verifyConsistency(
                first.size(),
                second.size(),
                hashes(proof.getList("proof", String.class)),
                first.rootHash(),
                second.rootHash()))
        .isTrue();

    consistency(String.valueOf(second.size()), String.valueOf(first.size()))
        .statusCode(422)
        .body("type", equalTo(problem("consistency-sizes-reversed")))
        .body("errors[0].field", equalTo("first"));
    consistency("1", String.valueOf(second.size() + 1_000_000))
        .statusCode(422)
        .body("type", equalTo(problem("tree-size-beyond-log")));
    for (String malformed : List.of("0", "-1", "abc", "1.5", "99999999999999999999")) {
      consistency(malformed, "2")
          .statusCode(400)
          .body("type", equalTo(problem("invalid-tree-size")));
    }
    given()
        .get("/api/v1/public/log/consistency")
        .then()
        .statusCode(400)
        .body("type", equalTo(problem("invalid-tree-size")));
  }

  @Test
  void aSignedReceiptIsProvenInTheLogAndChecksOfflineButNotWithOneByteChanged() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    long earlierCheckpoint = signCheckpoint().getLong("treeSize");
    String filing = SubmittedReturns.csamQ(platform);
    String accession =
        SubmittedReturns.as(platform.officer())
            .get("/api/v1/filings/" + filing + "/versions/1/receipt")
            .then()
            .statusCode(200)
            .extract()
            .path("accessionNumber");
    String verifierKey = publishedKey().verifierKey();

    String unproven =
        proof(platform, accession)
            .statusCode(200)
            .body("checkpoint", nullValue())
            .extract()
            .asString();
    assertThat(check(unproven, verifierKey)).isEqualTo(3);

    drain();
    signCheckpoint();
    String proven = proof(platform, accession).statusCode(200).extract().asString();
    assertThat(check(proven, verifierKey)).isZero();
    String bareReceipt =
        SubmittedReturns.as(platform.officer())
            .get("/api/v1/receipts/" + accession)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(check(bareReceipt, verifierKey)).as("a bare receipt has no proof yet").isEqualTo(3);
    JsonPath json = JsonPath.from(proven);
    long sequence = json.getLong("inclusion.sequence");

    String payload = json.getString("receipt.canonicalPayload");
    int at = payload.indexOf("\"late\":") + 7;
    String changedPayload =
        payload.substring(0, at)
            + (payload.charAt(at) == 't' ? "false" : "true")
            + payload.substring(at + (payload.charAt(at) == 't' ? 4 : 5));
    assertThat(check(proven.replace(jsonString(payload), jsonString(changedPayload)), verifierKey))
        .isEqualTo(1);
    String signature = json.getString("receipt.signature");
    String changedSignature =
        signature.substring(0, signature.length() - 2)
            + (signature.charAt(signature.length() - 2) == 'A' ? 'B' : 'A')
            + signature.charAt(signature.length() - 1);
    assertThat(check(proven.replace(signature, changedSignature), verifierKey)).isEqualTo(1);
    assertThat(opensslCheck(proven)).isZero();
    assertThat(opensslCheck(proven.replace(signature, changedSignature))).isEqualTo(1);
    assertThat(opensslCheck(proven.replace(jsonString(payload), jsonString(changedPayload))))
        .isEqualTo(1);
    String leaf = json.getString("inclusion.leaf");
    assertThat(
            check(
                proven.replace(
                    jsonString(leaf),
                    jsonString(leaf.replace("filing.submitted", "filing.submitteD"))),
                verifierKey))
        .isEqualTo(1);

    // The event's proof is the platform's and the regulator's; another platform sees nothing.
    long treeSize = json.getLong("checkpoint.treeSize");
    inclusion(platform.officer(), String.valueOf(sequence), null)
        .statusCode(200)
        .body("treeSize", equalTo((int) treeSize));
    inclusion("regulator-analyst", String.valueOf(sequence), String.valueOf(sequence))
        .statusCode(200);
    inclusion(other.officer(), String.valueOf(sequence), null)
        .statusCode(404)
        .body("type", equalTo(problem("not-found")));
    proof(other, accession).statusCode(404);
    SubmittedReturns.as(platform.officer())
        .queryParam("treeSize", treeSize)
        .get("/api/v1/receipts/" + accession + "/proof")
        .then()
        .statusCode(200)
        .body("checkpoint.treeSize", equalTo((int) treeSize))
        .body("inclusion.sequence", equalTo((int) sequence));
    SubmittedReturns.as(platform.officer())
        .queryParam("treeSize", treeSize + 1_000_000)
        .get("/api/v1/receipts/" + accession + "/proof")
        .then()
        .statusCode(404);
    SubmittedReturns.as(platform.officer())
        .queryParam("treeSize", earlierCheckpoint)
        .get("/api/v1/receipts/" + accession + "/proof")
        .then()
        .statusCode(422)
        .body("type", equalTo(problem("event-not-in-tree")));
    SubmittedReturns.as(platform.officer())
        .queryParam("treeSize", "none")
        .get("/api/v1/receipts/" + accession + "/proof")
        .then()
        .statusCode(400)
        .body("type", equalTo(problem("invalid-tree-size")));
    inclusion(platform.officer(), String.valueOf(sequence), String.valueOf(sequence - 1))
        .statusCode(422)
        .body("type", equalTo(problem("event-not-in-tree")));
    inclusion(platform.officer(), String.valueOf(sequence), String.valueOf(treeSize + 1_000_000))
        .statusCode(422)
        .body("type", equalTo(problem("tree-size-beyond-log")));
    inclusion(platform.officer(), "x", null)
        .statusCode(400)
        .body("type", equalTo(problem("invalid-sequence")));
    inclusion(platform.officer(), String.valueOf(sequence), "0")
        .statusCode(400)
        .body("type", equalTo(problem("invalid-tree-size")));
    given().get("/api/v1/audit/events/" + sequence + "/inclusion").then().statusCode(401);
  }

  @Test
  void aDeletedTailIsFoundByVerifyAndTheWitnessSeesTheLogRolledBack() throws Exception {
    appendOneByOne(4);
    JsonPath signed = signCheckpoint();
    long size = signed.getLong("treeSize");
    String note = signed.getString("note");
    Path state = Files.createTempDirectory("witness").resolve("checkpoint");
    assertThat(witness(state)).isEqualTo(LogWitness.Verdict.FIRST_SEEN);
    assertThat(Files.readString(state)).isEqualTo(note);

    try (Tamperer tamperer = new Tamperer()) {
      long kept = size - 2;
      tamperer.removeAfter(kept);
      verify()
          .body("intact", equalTo(false))
          .body("checkpoint.treeSize", equalTo((int) size))
          .body("checkpoint.consistent", equalTo(false))
          .body("checkpoint.firstMissingSequence", equalTo((int) kept + 1));

      // An insider who also deletes the later checkpoints passes the stored check, not a kept one.
      tamperer.removeCheckpointsAfter(kept);
      verify().body("intact", equalTo(true));
      verifyAgainst(note)
          .body("intact", equalTo(false))
          .body("checkpoint.source", equalTo("presented"))
          .body("checkpoint.firstMissingSequence", equalTo((int) kept + 1));
      signNow();
      assertThat(witness(state)).isEqualTo(LogWitness.Verdict.INCONSISTENT);
      assertThat(Files.readString(state)).as("nothing kept from a rolled-back log").isEqualTo(note);
    }
    verify().body("intact", equalTo(true));
    appendOneByOne(1);
    String grown = signCheckpoint().getString("note");
    assertThat(Checkpoint.parse(publishedKey().verify(grown)).size()).isGreaterThan(size);
    assertThat(witness(state)).isEqualTo(LogWitness.Verdict.CONSISTENT);
    assertThat(Files.readString(state)).isEqualTo(grown);
  }

  @Test
  void aRewrittenEventAfterTheCheckpointIsNamedEvenWithItsChainHashRecomputed() throws Exception {
    appendOneByOne(2);
    JsonPath signed = signCheckpoint();
    long size = signed.getLong("treeSize");
    try (Tamperer tamperer = new Tamperer()) {
      tamperer.rewriteWithItsLinkHash(size);
      verify()
          .body("intact", equalTo(false))
          .body("firstBrokenLink", nullValue())
          .body("checkpoint.consistent", equalTo(false))
          .body("checkpoint.firstDifferingSequence", equalTo((int) size));
      verifyAgainst(signed.getString("note"))
          .body("intact", equalTo(false))
          .body("checkpoint.firstDifferingSequence", equalTo((int) size));
    }
    verify().body("intact", equalTo(true)).body("checkpoint.consistent", equalTo(true));
  }

  @Test
  void aTreeBehindTheChainCatchesUpFromTheLinksWithTheSameLeaves() throws Exception {
    appendOneByOne(3);
    long head = count("select count(*) from audit_tree_leaf");
    try (Tamperer tamperer = new Tamperer()) {
      tamperer.removeTreeAfter(head - 3);
      tamperer.releaseSequencer();
      drain();
      assertThat(count("select count(*) from audit_tree_leaf"))
          .isEqualTo(count("select count(*) from audit_chain_link"));
      assertThat(tamperer.savedLeavesDiffering()).as("leaves recomputed from the links").isZero();
      verify().body("intact", equalTo(true)).body("treeSize", equalTo((int) head));
    }
  }

  @Test
  void aPresentedCheckpointThatIsMalformedOrBadlySignedIsRefused() {
    appendOneByOne(1);
    String note = signCheckpoint().getString("note");
    verifyAgainst("not a checkpoint")
        .statusCode(400)
        .body("type", equalTo(problem("checkpoint-malformed")));
    verifyAgainst(note.replace("\n\n", "\n"))
        .statusCode(400)
        .body("type", equalTo(problem("checkpoint-malformed")));
    String[] lines = note.split("\n");
    String otherRoot = Base64.getEncoder().encodeToString(MerkleTree.emptyRoot());
    verifyAgainst(note.replace(lines[2], otherRoot))
        .statusCode(422)
        .body("type", equalTo(problem("checkpoint-signature-invalid")))
        .body("errors[0].field", equalTo("checkpoint"));
    verifyAgainst(note.replace("\u2014 carefile.example/audit-log", "\u2014 someone.else/log"))
        .statusCode(422)
        .body("type", equalTo(problem("checkpoint-signature-invalid")));
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/audit/verify")
        .then()
        .statusCode(400);
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(Map.of("checkpoint", note))
        .post("/api/v1/audit/verify")
        .then()
        .statusCode(403);
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .post("/api/v1/audit/checkpoints")
        .then()
        .statusCode(403);
  }

  // --- helpers ---

  private io.restassured.response.ValidatableResponse consistency(String first, String second) {
    return given()
        .queryParam("first", first)
        .queryParam("second", second)
        .get("/api/v1/public/log/consistency")
        .then();
  }

  private static io.restassured.response.ValidatableResponse proof(
      TestPlatform platform, String accession) {
    return SubmittedReturns.as(platform.officer())
        .get("/api/v1/receipts/" + accession + "/proof")
        .then();
  }

  private static io.restassured.response.ValidatableResponse inclusion(
      String user, String sequence, String treeSize) {
    RequestSpecification request = as(user);
    if (treeSize != null) {
      request = request.queryParam("treeSize", treeSize);
    }
    return request.get("/api/v1/audit/events/" + sequence + "/inclusion").then();
  }

  private static io.restassured.response.ValidatableResponse verify() {
    return as("regulator-admin").get("/api/v1/audit/verify").then().statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse verifyAgainst(String note) {
    return as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("checkpoint", note))
        .post("/api/v1/audit/verify")
        .then();
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(user)));
  }

  private static String problem(String code) {
    return "urn:carefile:problem:" + code;
  }

  private static String jsonString(String text) {
    return io.carefile.common.json.CanonicalJson.of(text).replaceAll("^\"|\"$", "");
  }

  private JsonPath signCheckpoint() {
    drain();
    return signNow();
  }

  /** Signs the tree as it is, sequenced or not (the sequencer may be locked out). */
  private static JsonPath signNow() {
    return as("regulator-admin")
        .contentType(ContentType.JSON)
        .post("/api/v1/audit/checkpoints")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath checkpointAt(long size) {
    return given()
        .get("/api/v1/public/log/checkpoints/" + size)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static NoteKey publishedKey() {
    return NoteKey.parse(
        given()
            .get("/.well-known/carefile-log-key")
            .then()
            .statusCode(200)
            .extract()
            .path("verifierKey"));
  }

  private static List<byte[]> hashes(List<String> base64) {
    return base64.stream().map(Base64.getDecoder()::decode).toList();
  }

  private LogWitness.Verdict witness(Path state) {
    return new LogWitness(server, state, null).witness().verdict();
  }

  private static int check(String provenReceipt, String verifierKey) throws Exception {
    Path file = Files.createTempFile("receipt", ".json");
    Files.writeString(file, provenReceipt, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return ReceiptCheck.run(
        new String[] {file.toString(), verifierKey}, new PrintStream(out), new PrintStream(out));
  }

  /**
   * The documented openssl and jq check (bin/carefile-check-receipt-signature), where they exist.
   */
  private static int opensslCheck(String provenReceipt) throws Exception {
    Assumptions.assumeTrue(onPath("openssl") && onPath("jq"), "openssl and jq are not installed");
    Path receipt = Files.createTempFile("receipt", ".json");
    Files.writeString(receipt, provenReceipt, StandardCharsets.UTF_8);
    Path key = Files.createTempFile("log-key", ".pem");
    Files.writeString(
        key,
        given().get("/.well-known/carefile-log-key").then().extract().<String>path("publicKeyPem"));
    Process process =
        new ProcessBuilder(
                "bin/carefile-check-receipt-signature", receipt.toString(), key.toString())
            .redirectErrorStream(true)
            .start();
    process.getInputStream().transferTo(OutputStream.nullOutputStream());
    return process.waitFor();
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
  }

  /** Events appended and sequenced one at a time, so that the tree has a frontier at each size. */
  private void appendOneByOne(int count) {
    for (int i = 0; i < count; i++) {
      UUID entity = UUID.randomUUID();
      SystemWork.run(
          () ->
              QuarkusTransaction.requiringNew()
                  .run(
                      () ->
                          auditLog.append(
                              new AuditLog.Entry(
                                  "test.recorded", "Test", entity, null, Map.of("id", entity)))));
      drain();
    }
  }

  /** Chains and trees everything committed; the scheduled sequencer may hold the lock a moment. */
  private void drain() {
    while (count("select count(*) from audit_pending") > 0
        || count("select count(*) from audit_chain_link")
            > count("select count(*) from audit_tree_leaf")) {
      sequencer.sequenceBatch();
    }
  }

  /** The root of the first {@code size} events, from the events themselves, by a naive fold. */
  private byte[] recomputedRoot(long size) {
    List<byte[]> leaves = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select l.seq, l.prev_hash, e.* from audit_chain_link l join audit_event e on e.id = l.event_id where l.seq <= ? order by l.seq")) {
      query.setLong(1, size);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String leaf =
              AuditChain.linkDocument(
                  rows.getLong("seq"),
                  rows.getString("prev_hash"),
                  AuditChain.ChainedEvent.from(rows));
          leaves.add(MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    List<byte[]> level = leaves;
    while (level.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i + 1 < level.size(); i += 2) {
        next.add(MerkleTree.nodeHash(level.get(i), level.get(i + 1)));
      }
      if (level.size() % 2 == 1) {
        next.add(level.getLast());
      }
      level = next;
    }
    return level.getFirst();
  }

  private long count(String sql) {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What an insider with the owner's access could do, undone on close: one session that holds the
   * sequencer's lock (so nothing is chained meanwhile), switches the triggers off and keeps what it
   * removes in temporary tables to put back.
   */
  private final class Tamperer implements AutoCloseable {
    private static final List<String> TABLES =
        List.of(
            "audit_event",
            "audit_chain_link",
            "audit_tree_leaf",
            "audit_tree_frontier",
            "audit_checkpoint");
    private final Connection connection;
    private final List<Runnable> undo = new ArrayList<>();
    private boolean locked = true;

    Tamperer() throws SQLException {
      connection = owner.getConnection();
      connection.setAutoCommit(true);
      execute("select pg_advisory_lock(" + SEQUENCER_LOCK + ")");
      execute("set session_replication_role = replica");
      for (String table : TABLES) {
        execute(
            "create temporary table saved_"
                + table
                + " as select * from "
                + table
                + " with no data");
      }
    }

    void removeAfter(long kept) throws SQLException {
      move("audit_tree_frontier", "tree_size > " + kept);
      move("audit_tree_leaf", "seq > " + kept);
      move("audit_event", "id in (select event_id from audit_chain_link where seq > " + kept + ")");
      move("audit_chain_link", "seq > " + kept);
    }

    /** The tree's leaves and frontiers after {@code kept}, the chain left whole. */
    void removeTreeAfter(long kept) throws SQLException {
      move("audit_tree_frontier", "tree_size > " + kept);
      move("audit_tree_leaf", "seq > " + kept);
    }

    void releaseSequencer() throws SQLException {
      execute("select pg_advisory_unlock(" + SEQUENCER_LOCK + ")");
      locked = false;
    }

    long savedLeavesDiffering() throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select count(*) from saved_audit_tree_leaf s join audit_tree_leaf t"
                      + " on t.seq = s.seq where t.leaf_hash <> s.leaf_hash")) {
        rows.next();
        return rows.getLong(1);
      }
    }

    void removeCheckpointsAfter(long kept) throws SQLException {
      move("audit_checkpoint", "tree_size > " + kept);
    }

    void rewriteWithItsLinkHash(long sequence) throws SQLException {
      String original;
      UUID event;
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select e.id, e.actor from audit_chain_link l join audit_event e on e.id = l.event_id where l.seq = "
                      + sequence)) {
        rows.next();
        event = rows.getObject(1, UUID.class);
        original = rows.getString(2);
      }
      String originalHash = linkValue(sequence, "hash");
      update("update audit_event set actor = 'someone else' where id = '" + event + "'");
      String rewritten;
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select l.seq, l.prev_hash, e.* from audit_chain_link l join audit_event e on e.id = l.event_id where l.seq = "
                      + sequence)) {
        rows.next();
        rewritten =
            AuditChain.linkHash(
                sequence, rows.getString("prev_hash"), AuditChain.ChainedEvent.from(rows));
      }
      update("update audit_chain_link set hash = '" + rewritten + "' where seq = " + sequence);
      undo.add(
          () ->
              update(
                  "update audit_event set actor = '"
                      + original.replace("'", "''")
                      + "' where id = '"
                      + event
                      + "'"));
      undo.add(
          () ->
              update(
                  "update audit_chain_link set hash = '"
                      + originalHash
                      + "' where seq = "
                      + sequence));
    }

    private String linkValue(long sequence, String column) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select " + column + " from audit_chain_link where seq = " + sequence)) {
        rows.next();
        return rows.getString(1);
      }
    }

    private void move(String table, String condition) throws SQLException {
      execute("insert into saved_" + table + " select * from " + table + " where " + condition);
      execute("delete from " + table + " where " + condition);
    }

    private void update(String sql) {
      try {
        execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        undo.forEach(Runnable::run);
        for (String table : TABLES) {
          // A tree that caught up meanwhile holds some of the saved rows already.
          execute(
              "insert into " + table + " select * from saved_" + table + " on conflict do nothing");
          execute("drop table saved_" + table);
        }
        execute("set session_replication_role = origin");
      } finally {
        if (locked) {
          execute("select pg_advisory_unlock(" + SEQUENCER_LOCK + ")");
        }
        connection.close();
      }
    }
  }
}
