package io.carefile.audit;

import io.carefile.audit.tlog.Checkpoint;
import io.carefile.audit.tlog.MerkleFrontier;
import io.carefile.audit.tlog.MerkleTree;
import io.carefile.audit.tlog.NoteRejected;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Recomputes the whole chain from the genesis hash and the Merkle tree from the events, streaming
 * rows so that memory stays flat however long the log is; names the first link that does not hold,
 * and checks the recomputed tree against a signed checkpoint (the latest stored, or one a caller
 * kept): a deleted tail or a rewritten event the checkpoint covers no longer matches it.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final String CHAIN =
      "select l.seq, l.prev_hash, l.hash, e.id, e.occurred_at, e.actor, e.platform_id,"
          + " e.entity_type, e.entity_id, e.action, e.state_digest, t.leaf_hash"
          + " from audit_chain_link l left join audit_event e on e.id = l.event_id"
          + " left join audit_tree_leaf t on t.seq = l.seq"
          + " order by l.seq";

  private final AuditTree tree;
  private final LogSigner signer;
  private final AuditLogConfig config;

  AuditVerifier(AuditTree tree, LogSigner signer, AuditLogConfig config) {
    this.tree = tree;
    this.signer = signer;
    this.config = config;
  }

  /** The chain, and the tree against the latest stored checkpoint. */
  public AuditVerification verify() {
    // One snapshot for the chain, the tree, the checkpoints and the pending count.
    return tree.read(connection -> verify(connection, storedLatest(connection), "stored"));
  }

  /** The chain, and the tree against a checkpoint the caller kept (a witness's, say). */
  public AuditVerification verify(PresentedCheckpoint presented) {
    Checkpoint checkpoint = checked(presented.checkpoint());
    return tree.read(connection -> verify(connection, Optional.of(checkpoint), "presented"));
  }

  /** A checkpoint signed by this log's key for its origin, or the refusal that names why not. */
  Checkpoint checked(String note) {
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.parse(signer.key().verify(note));
    } catch (NoteRejected e) {
      throw ProblemException.onField(
          e.reason() == NoteRejected.Reason.MALFORMED
              ? AuditProblems.CHECKPOINT_MALFORMED
              : AuditProblems.CHECKPOINT_SIGNATURE_INVALID,
          e.getMessage(),
          "checkpoint",
          e.getMessage());
    }
    if (!checkpoint.origin().equals(config.origin())) {
      throw ProblemException.onField(
          AuditProblems.CHECKPOINT_SIGNATURE_INVALID,
          "The checkpoint is of log " + checkpoint.origin() + ", not " + config.origin(),
          "checkpoint",
          "is of another log");
    }
    return checkpoint;
  }

  private AuditVerification verify(
      Connection connection, Optional<Checkpoint> against, String source) throws SQLException {
    // Every stored checkpoint's root, to narrow down where a tree no longer matches.
    TreeMap<Long, byte[]> signedRoots = signedRoots(connection);
    against.ifPresent(checkpoint -> signedRoots.put(checkpoint.size(), checkpoint.rootHash()));
    TreeMap<Long, Boolean> rootMatches = new TreeMap<>();
    ChainWalk walk = new ChainWalk();
    MerkleFrontier recomputed = MerkleFrontier.empty();
    boolean treeComplete = true;
    Long firstStoredLeafDiffering = null;
    try (PreparedStatement statement = connection.prepareStatement(CHAIN)) {
      statement.setFetchSize(1_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long sequence = rows.getLong("seq");
          UUID eventId = rows.getObject("id", UUID.class);
          // The link's document with its stored previous hash: the tree's leaf, and the chain's
          // hashed document too wherever that previous hash holds.
          String document = eventId == null ? null : AuditTree.leafDocument(rows);
          walk.next(rows, sequence, eventId, document);
          if (sequence != recomputed.size() + 1 || eventId == null) {
            treeComplete = false;
            break;
          }
          byte[] leafHash = MerkleTree.leafHash(document.getBytes(StandardCharsets.UTF_8));
          byte[] storedLeaf = rows.getBytes("leaf_hash");
          if (firstStoredLeafDiffering == null
              && storedLeaf != null
              && !MessageDigest.isEqual(storedLeaf, leafHash)) {
            firstStoredLeafDiffering = sequence;
          }
          recomputed.append(leafHash);
          byte[] signed = signedRoots.get(sequence);
          if (signed != null) {
            rootMatches.put(sequence, MessageDigest.isEqual(signed, recomputed.root()));
          }
        }
      }
    }
    long pending = pending(connection);
    AuditVerification.CheckpointCheck check = null;
    if (against.isPresent()) {
      check =
          check(
              against.get(),
              source,
              recomputed.size(),
              treeComplete,
              rootMatches,
              firstStoredLeafDiffering);
    }
    return walk.outcome(pending, recomputed.size(), check);
  }

  private static AuditVerification.CheckpointCheck check(
      Checkpoint checkpoint,
      String source,
      long recomputedSize,
      boolean treeComplete,
      TreeMap<Long, Boolean> rootMatches,
      Long firstStoredLeafDiffering) {
    String root = Base64.getEncoder().encodeToString(checkpoint.rootHash());
    if (recomputedSize < checkpoint.size()) {
      long missing = recomputedSize + 1;
      return AuditVerification.CheckpointCheck.failed(
          checkpoint.size(),
          root,
          source,
          missing,
          null,
          treeComplete
              ? "the log holds "
                  + recomputedSize
                  + " events, fewer than the checkpoint's "
                  + checkpoint.size()
                  + ": sequence "
                  + missing
                  + " onwards is missing"
              : "the tree cannot be recomputed past sequence "
                  + recomputedSize
                  + ", which the checkpoint covers");
    }
    if (Boolean.TRUE.equals(rootMatches.get(checkpoint.size()))) {
      return AuditVerification.CheckpointCheck.consistent(checkpoint.size(), root, source);
    }
    long lastMatching =
        rootMatches.headMap(checkpoint.size()).entrySet().stream()
            .filter(entry -> entry.getValue())
            .mapToLong(entry -> entry.getKey())
            .max()
            .orElse(0);
    Long differing =
        firstStoredLeafDiffering != null && firstStoredLeafDiffering <= checkpoint.size()
            ? firstStoredLeafDiffering
            : null;
    return AuditVerification.CheckpointCheck.failed(
        checkpoint.size(),
        root,
        source,
        null,
        differing,
        differing != null
            ? "event "
                + differing
                + " was rewritten: its leaf differs from the one the tree"
                + " holds, and the tree no longer has the checkpoint's root"
            : "an event after sequence "
                + lastMatching
                + " and at or before "
                + checkpoint.size()
                + " was rewritten: the tree no longer has the checkpoint's"
                + " root");
  }

  private static TreeMap<Long, byte[]> signedRoots(Connection connection) throws SQLException {
    TreeMap<Long, byte[]> roots = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select tree_size, root_hash from audit_checkpoint")) {
      while (rows.next()) {
        roots.put(rows.getLong(1), rows.getBytes(2));
      }
    }
    return roots;
  }

  private Optional<Checkpoint> storedLatest(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select tree_size, root_hash from audit_checkpoint"
                    + " order by tree_size desc limit 1")) {
      return rows.next()
          ? Optional.of(new Checkpoint(config.origin(), rows.getLong(1), rows.getBytes(2)))
          : Optional.empty();
    }
  }

  private static long pending(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from audit_pending")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The hash chain's rule over the rows in order, keeping the first link that breaks it. */
  private static final class ChainWalk {
    private long expectedSequence = 1;
    private String previousHash = AuditChain.GENESIS;
    private long verified;
    private AuditVerification.BrokenLink broken;

    void next(ResultSet rows, long sequence, UUID eventId, String document) throws SQLException {
      if (broken != null) {
        return;
      }
      if (sequence != expectedSequence) {
        broken(
            sequence,
            eventId,
            "sequence " + expectedSequence + " is missing; the chain jumps to " + sequence);
        return;
      }
      if (eventId == null) {
        broken(sequence, null, "the event of this link no longer exists");
        return;
      }
      if (!previousHash.equals(rows.getString("prev_hash"))) {
        broken(
            sequence,
            eventId,
            "its previous hash does not match the hash of link " + (sequence - 1));
        return;
      }
      String recomputed = CanonicalJson.sha256Hex(document);
      if (!recomputed.equals(rows.getString("hash"))) {
        broken(
            sequence,
            eventId,
            "its event or hash was altered: the recomputed hash differs from the stored one");
        return;
      }
      previousHash = recomputed;
      verified = sequence;
      expectedSequence++;
    }

    private void broken(long sequence, UUID eventId, String reason) {
      broken = new AuditVerification.BrokenLink(sequence, eventId, reason);
    }

    AuditVerification outcome(
        long pending, long treeSize, AuditVerification.CheckpointCheck checkpoint) {
      return new AuditVerification(
          broken == null && (checkpoint == null || checkpoint.consistent()),
          verified,
          previousHash,
          pending,
          treeSize,
          broken,
          checkpoint);
    }
  }
}
