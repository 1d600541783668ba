package io.carefile.audit;

import io.agroal.api.AgroalDataSource;
import io.carefile.audit.tlog.MerkleFrontier;
import io.carefile.audit.tlog.MerkleTree;
import io.carefile.common.error.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The RFC 9162 Merkle tree over the chained events, leaf {@code i} being link {@code i + 1}'s
 * canonical document ({@link AuditChain#linkDocument}). The sequencer extends it from the stored
 * frontier in its own transaction; proofs for any size are computed from the stored leaf hashes.
 */
@ApplicationScoped
public class AuditTree {

  private static final String LINKS_AFTER =
      "select l.seq, l.prev_hash, e.id, e.occurred_at, e.actor, e.platform_id, e.entity_type,"
          + " e.entity_id, e.action, e.state_digest"
          + " from audit_chain_link l join audit_event e on e.id = l.event_id"
          + " where l.seq > ? order by l.seq limit ?";

  private static final String LEAF_AT =
      "select l.seq, l.prev_hash, e.id, e.occurred_at, e.actor, e.platform_id, e.entity_type,"
          + " e.entity_id, e.action, e.state_digest"
          + " from audit_chain_link l join audit_event e on e.id = l.event_id"
          + " join audit_tree_leaf t on t.seq = l.seq where l.seq = ?";

  private final AgroalDataSource dataSource;

  AuditTree(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The leaf hashes of links just chained, from {@code firstSequence} on. */
  record NewLeaves(long firstSequence, List<byte[]> hashes) {}

  /**
   * Adds links the tree does not hold yet, on the sequencer's connection and in its transaction;
   * returns how many. The links just chained are added from their hashes in memory; a tree behind
   * the chain (links chained before the tree existed) catches up by up to {@code limit} links read
   * back, stopping before a gap in the chain, which the verifier reports.
   */
  int extend(Connection connection, int limit, NewLeaves chained) throws SQLException {
    MerkleFrontier frontier = frontier(connection);
    long before = frontier.size();
    try (PreparedStatement leaf =
        connection.prepareStatement("insert into audit_tree_leaf (seq, leaf_hash) values (?, ?)")) {
      if (chained.firstSequence() == before + 1) {
        for (byte[] leafHash : chained.hashes()) {
          add(leaf, frontier, leafHash);
        }
      } else {
        catchUp(connection, limit, frontier, leaf);
      }
      leaf.executeBatch();
    }
    if (frontier.size() > before) {
      try (PreparedStatement head =
          connection.prepareStatement(
              "insert into audit_tree_frontier (tree_size, root_hash, subtrees) values (?, ?, ?)")) {
        head.setLong(1, frontier.size());
        head.setBytes(2, frontier.root());
        head.setBytes(3, frontier.encode());
        head.executeUpdate();
      }
    }
    return (int) (frontier.size() - before);
  }

  private static void add(PreparedStatement leaf, MerkleFrontier frontier, byte[] leafHash)
      throws SQLException {
    leaf.setLong(1, frontier.size() + 1);
    leaf.setBytes(2, leafHash);
    leaf.addBatch();
    frontier.append(leafHash);
  }

  private static void catchUp(
      Connection connection, int limit, MerkleFrontier frontier, PreparedStatement leaf)
      throws SQLException {
    try (PreparedStatement links = connection.prepareStatement(LINKS_AFTER)) {
      links.setLong(1, frontier.size());
      links.setInt(2, limit);
      try (ResultSet rows = links.executeQuery()) {
        while (rows.next()) {
          long sequence = rows.getLong("seq");
          if (sequence != frontier.size() + 1) {
            Log.errorf(
                "The audit chain jumps from %d to %d: the tree waits at size %d",
                frontier.size(), sequence, frontier.size());
            return;
          }
          add(leaf, frontier, leafHash(rows));
        }
      }
    }
  }

  /** The leaf hash of the link in the current row (its seq, prev_hash and event columns). */
  static byte[] leafHash(ResultSet row) throws SQLException {
    return MerkleTree.leafHash(leafDocument(row).getBytes(StandardCharsets.UTF_8));
  }

  static String leafDocument(ResultSet row) throws SQLException {
    return AuditChain.linkDocument(
        row.getLong("seq"), row.getString("prev_hash"), AuditChain.ChainedEvent.from(row));
  }

  static MerkleFrontier frontier(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select tree_size, subtrees from audit_tree_frontier"
                    + " order by tree_size desc limit 1")) {
      return rows.next()
          ? MerkleFrontier.decode(rows.getLong(1), rows.getBytes(2))
          : MerkleFrontier.empty();
    }
  }

  /** The current tree's size and root. */
  public TreeHead head() {
    return read(
        connection -> {
          MerkleFrontier frontier = frontier(connection);
          return new TreeHead(frontier.size(), frontier.root());
        });
  }

  /**
   * The inclusion proof of the event at {@code sequence} in the tree of {@code treeSize}: 404 for
   * an event the caller may not see, as for one that does not exist (row-level security hides other
   * platforms' events).
   */
  public InclusionProof inclusion(long sequence, long treeSize) {
    return read(
        connection -> {
          requireWithinLog(connection, treeSize);
          String leaf =
              visibleLeaf(connection, sequence)
                  .orElseThrow(() -> ProblemException.notFound("Audit event", sequence));
          if (sequence > treeSize) {
            throw ProblemException.onField(
                AuditProblems.EVENT_NOT_IN_TREE,
                "Event " + sequence + " was logged after the tree had " + treeSize + " events",
                "treeSize",
                "must be " + sequence + " or more");
          }
          MerkleTree.LeafHashes leaves = leaves(connection, treeSize);
          return InclusionProof.of(
              sequence,
              treeSize,
              leaf,
              MerkleTree.inclusionProof(leaves, sequence - 1, treeSize),
              MerkleTree.root(leaves, treeSize));
        });
  }

  /** The sequence of an event the caller may see, once it is in the tree. */
  public Optional<Long> sequenceOf(UUID eventId) {
    return read(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select l.seq from audit_chain_link l join audit_event e on e.id = l.event_id"
                      + " join audit_tree_leaf t on t.seq = l.seq where e.id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
          }
        });
  }

  /** The proof that the tree of {@code first} events is a prefix of the tree of {@code second}. */
  public ConsistencyProof consistency(long first, long second) {
    if (first > second) {
      throw ProblemException.onField(
          AuditProblems.CONSISTENCY_SIZES_REVERSED,
          "A consistency proof runs from a smaller tree to a larger one: " + first + " > " + second,
          "first",
          "must be at most " + second);
    }
    return read(
        connection -> {
          requireWithinLog(connection, second);
          MerkleTree.LeafHashes leaves = leaves(connection, second);
          return ConsistencyProof.of(
              first,
              second,
              MerkleTree.consistencyProof(leaves, first, second),
              MerkleTree.root(leaves, first),
              MerkleTree.root(leaves, second));
        });
  }

  /** The leaf document of the event at {@code sequence}, if it is in the tree and visible. */
  private static Optional<String> visibleLeaf(Connection connection, long sequence)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LEAF_AT)) {
      query.setLong(1, sequence);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(leafDocument(rows)) : Optional.empty();
      }
    }
  }

  private static void requireWithinLog(Connection connection, long treeSize) throws SQLException {
    long size = frontier(connection).size();
    if (treeSize > size) {
      throw ProblemException.onField(
          AuditProblems.TREE_SIZE_BEYOND_LOG,
          "The log holds " + size + " events in its tree, fewer than " + treeSize,
          "treeSize",
          "must be at most " + size);
    }
  }

  /** The first {@code size} stored leaf hashes, in one array of 32-byte slots. */
  static MerkleTree.LeafHashes leaves(Connection connection, long size) throws SQLException {
    byte[] hashes = new byte[Math.multiplyExact(Math.toIntExact(size), MerkleTree.HASH_BYTES)];
    try (PreparedStatement query =
        connection.prepareStatement(
            "select seq, leaf_hash from audit_tree_leaf where seq <= ? order by seq")) {
      query.setLong(1, size);
      query.setFetchSize(10_000);
      try (ResultSet rows = query.executeQuery()) {
        long expected = 1;
        while (rows.next()) {
          if (rows.getLong(1) != expected) {
            throw new IllegalStateException("The tree's leaf " + expected + " is missing");
          }
          System.arraycopy(
              rows.getBytes(2), 0, hashes, (int) (expected - 1) * MerkleTree.HASH_BYTES, 32);
          expected++;
        }
        if (expected - 1 != size) {
          throw new IllegalStateException("The tree holds fewer than " + size + " leaves");
        }
      }
    }
    return index -> {
      int from = Math.toIntExact(index) * MerkleTree.HASH_BYTES;
      return Arrays.copyOfRange(hashes, from, from + MerkleTree.HASH_BYTES);
    };
  }

  /** A tree's size and root. */
  public record TreeHead(long size, byte[] rootHash) {
    public String rootHashBase64() {
      return Base64.getEncoder().encodeToString(rootHash);
    }
  }

  interface Read<T> {
    T on(Connection connection) throws SQLException;
  }

  /** One read-only snapshot, with the caller's scope (set as the connection leaves the pool). */
  <T> T read(Read<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return work.on(connection);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit log", e);
    }
  }

  static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
  }
}
