package io.carefile.audit.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over leaf hashes read by index: the root of any range, and the
 * inclusion and consistency proofs a log serves. Plain Java, so that the witness and the offline
 * verifier run it without Carefile. {@link MerkleProofs} checks the proofs by the RFC's separate
 * iterative algorithms.
 */
public final class MerkleTree {

  /** The length of every hash in the tree: SHA-256. */
  public static final int HASH_BYTES = 32;

  private MerkleTree() {}

  /** The leaf hashes of a tree, by zero-based index. */
  @FunctionalInterface
  public interface LeafHashes {
    byte[] get(long index);
  }

  /** {@code SHA-256(0x00 || leaf)}. */
  public static byte[] leafHash(byte[] leaf) {
    MessageDigest digest = sha256();
    digest.update((byte) 0x00);
    return digest.digest(leaf);
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest digest = sha256();
    digest.update((byte) 0x01);
    digest.update(left);
    return digest.digest(right);
  }

  /** The root of the empty tree: the SHA-256 of nothing. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** The root of the tree of the first {@code size} leaves. */
  public static byte[] root(LeafHashes leaves, long size) {
    requireSize(size);
    return size == 0 ? emptyRoot() : subtreeRoot(leaves, 0, size);
  }

  /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
  public static List<byte[]> inclusionProof(LeafHashes leaves, long index, long size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("Leaf " + index + " is not in a tree of size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    path(leaves, index, 0, size, proof);
    return proof;
  }

  /** The proof that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
  public static List<byte[]> consistencyProof(LeafHashes leaves, long first, long second) {
    if (first < 1 || first > second) {
      throw new IllegalArgumentException(
          "No consistency proof from size " + first + " to size " + second);
    }
    List<byte[]> proof = new ArrayList<>();
    subproof(leaves, first, 0, second, true, proof);
    return proof;
  }

  /** The largest power of two smaller than {@code n}, for {@code n > 1}. */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /** MTH of leaves {@code [from, to)}, not empty. */
  private static byte[] subtreeRoot(LeafHashes leaves, long from, long to) {
    if (to - from == 1) {
      return leaves.get(from);
    }
    long k = split(to - from);
    return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
  }

  /** PATH(m, D[from:to]) of RFC 9162 §2.1.3.1, with {@code m} relative to {@code from}. */
  private static void path(LeafHashes leaves, long m, long from, long to, List<byte[]> proof) {
    if (to - from == 1) {
      return;
    }
    long k = split(to - from);
    if (m < k) {
      path(leaves, m, from, from + k, proof);
      proof.add(subtreeRoot(leaves, from + k, to));
    } else {
      path(leaves, m - k, from + k, to, proof);
      proof.add(subtreeRoot(leaves, from, from + k));
    }
  }

  /** SUBPROOF(m, D[from:to], b) of RFC 9162 §2.1.4.1. */
  private static void subproof(
      LeafHashes leaves, long m, long from, long to, boolean whole, List<byte[]> proof) {
    long n = to - from;
    if (m == n) {
      if (!whole) {
        proof.add(subtreeRoot(leaves, from, to));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(leaves, m, from, from + k, whole, proof);
      proof.add(subtreeRoot(leaves, from + k, to));
    } else {
      subproof(leaves, m - k, from + k, to, false, proof);
      proof.add(subtreeRoot(leaves, from, from + k));
    }
  }

  private static void requireSize(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("A tree has no negative size: " + size);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
