package io.carefile.audit.tlog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compact range of a tree: the roots of its perfect subtrees, largest first, one per set bit of
 * its size. Appending a leaf merges equal subtrees as a binary counter carries, so the sequencer
 * extends the tree in O(log n) hashes per event and stores only these.
 */
public final class MerkleFrontier {

  private final List<byte[]> subtrees;
  private long size;

  private MerkleFrontier(long size, List<byte[]> subtrees) {
    if (Long.bitCount(size) != subtrees.size()) {
      throw new IllegalArgumentException(
          "A tree of size "
              + size
              + " has "
              + Long.bitCount(size)
              + " subtrees, not "
              + subtrees.size());
    }
    this.size = size;
    this.subtrees = new ArrayList<>(subtrees);
  }

  public static MerkleFrontier empty() {
    return new MerkleFrontier(0, List.of());
  }

  /** The frontier stored as its subtree roots concatenated. */
  public static MerkleFrontier decode(long size, byte[] encoded) {
    if (encoded.length % MerkleTree.HASH_BYTES != 0) {
      throw new IllegalArgumentException("A frontier is a whole number of hashes");
    }
    List<byte[]> subtrees = new ArrayList<>();
    for (int at = 0; at < encoded.length; at += MerkleTree.HASH_BYTES) {
      subtrees.add(Arrays.copyOfRange(encoded, at, at + MerkleTree.HASH_BYTES));
    }
    return new MerkleFrontier(size, subtrees);
  }

  public byte[] encode() {
    ByteBuffer encoded = ByteBuffer.allocate(subtrees.size() * MerkleTree.HASH_BYTES);
    subtrees.forEach(encoded::put);
    return encoded.array();
  }

  public long size() {
    return size;
  }

  public void append(byte[] leafHash) {
    byte[] carried = leafHash;
    for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
      carried = MerkleTree.nodeHash(subtrees.removeLast(), carried);
    }
    subtrees.add(carried);
    size++;
  }

  /** The tree's root: the subtrees folded from the smallest, as RFC 9162's MTH splits. */
  public byte[] root() {
    if (subtrees.isEmpty()) {
      return MerkleTree.emptyRoot();
    }
    byte[] root = subtrees.getLast();
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      root = MerkleTree.nodeHash(subtrees.get(i), root);
    }
    return root;
  }
}
