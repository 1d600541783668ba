package io.carefile.audit.tlog;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A tree head in the C2SP tlog-checkpoint body format: the origin line, the tree size in decimal
 * and the root hash in standard base64, each ending in a newline. Signed as a C2SP signed note by
 * {@link NoteKey}.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    if (origin.isEmpty() || origin.contains("\n")) {
      throw new IllegalArgumentException("An origin is one non-empty line");
    }
    if (size < 0 || rootHash.length != MerkleTree.HASH_BYTES) {
      throw new IllegalArgumentException("A checkpoint has a size and a SHA-256 root");
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The text that is signed. */
  public String body() {
    return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
  }

  /** Reads a checkpoint body; lines after the root hash are extensions and are ignored. */
  public static Checkpoint parse(String body) {
    String[] lines = body.split("\n", -1);
    if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
      throw malformed("a checkpoint is an origin, a size and a root hash, each on its own line");
    }
    if (lines[0].isEmpty()) {
      throw malformed("the origin line is empty");
    }
    if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
      throw malformed("the tree size is not a decimal number");
    }
    long size;
    try {
      size = Long.parseLong(lines[1]);
    } catch (NumberFormatException e) {
      throw malformed("the tree size is too large");
    }
    byte[] root;
    try {
      root = Base64.getDecoder().decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw malformed("the root hash is not base64");
    }
    if (root.length != MerkleTree.HASH_BYTES) {
      throw malformed("the root hash is not 32 bytes");
    }
    return new Checkpoint(lines[0], size, root);
  }

  private static NoteRejected malformed(String why) {
    return new NoteRejected(NoteRejected.Reason.MALFORMED, "Not a checkpoint: " + why);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint checkpoint
        && origin.equals(checkpoint.origin)
        && size == checkpoint.size
        && Arrays.equals(rootHash, checkpoint.rootHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(rootHash));
  }

  @Override
  public String toString() {
    return body();
  }
}
