package io.carefile.audit.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of an Ed25519 note key, as C2SP signed-note names it: the key name, the 4-byte
 * key hash {@code SHA-256(name || 0x0A || 0x01 || key)[:4]} that prefixes each signature, and the
 * verifier key text {@code <name>+<hex key hash>+<base64(0x01 || key)>}.
 */
public record NoteKey(String name, byte[] publicKey) {

  /** The algorithm byte of Ed25519 in C2SP signed notes. */
  static final byte ED25519 = 0x01;

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo, before the 32 key bytes (RFC 8410). */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private static final String SIGNATURE_PREFIX = "\u2014 ";

  public NoteKey {
    if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '+')) {
      throw new IllegalArgumentException("A key name is non-empty, without spaces or '+'");
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("An Ed25519 public key is 32 bytes");
    }
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The key of a JDK Ed25519 public key (its X.509 encoding ends with the 32 raw bytes). */
  public static NoteKey of(String name, PublicKey key) {
    byte[] encoded = key.getEncoded();
    return new NoteKey(name, Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  /** Reads a verifier key, {@code <name>+<hex key hash>+<base64(0x01 || key)>}. */
  public static NoteKey parse(String verifierKey) {
    // The name has no '+' and the hash is hex; the base64 key may have some.
    String[] parts = verifierKey.strip().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("A verifier key is <name>+<hash>+<key>");
    }
    byte[] key = Base64.getDecoder().decode(parts[2]);
    if (key.length != 33 || key[0] != ED25519) {
      throw new IllegalArgumentException("Not an Ed25519 verifier key");
    }
    NoteKey parsed = new NoteKey(parts[0], Arrays.copyOfRange(key, 1, 33));
    if (!HexFormat.of().formatHex(parsed.keyHash()).equals(parts[1])) {
      throw new IllegalArgumentException("The verifier key's hash does not match its key");
    }
    return parsed;
  }

  public String verifierKey() {
    byte[] key = ByteBuffer.allocate(33).put(ED25519).put(publicKey).array();
    return name
        + "+"
        + HexFormat.of().formatHex(keyHash())
        + "+"
        + Base64.getEncoder().encodeToString(key);
  }

  public byte[] keyHash() {
    MessageDigest digest = MerkleTree.sha256();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0x0A);
    digest.update(ED25519);
    return Arrays.copyOf(digest.digest(publicKey), 4);
  }

  /** The JDK's form of the key. */
  public PublicKey toPublicKey() {
    try {
      byte[] encoded =
          ByteBuffer.allocate(X509_PREFIX.length + 32).put(X509_PREFIX).put(publicKey).array();
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
    }
  }

  /** The signature line this key writes for {@code signature} (64 bytes). */
  String signatureLine(byte[] signature) {
    byte[] line = ByteBuffer.allocate(4 + signature.length).put(keyHash()).put(signature).array();
    return SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
  }

  /**
   * The signed text of {@code note} when it carries a valid signature of this key; other keys'
   * signatures are ignored, as C2SP notes allow several signers.
   */
  public String verify(String note) {
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw new NoteRejected(
          NoteRejected.Reason.MALFORMED, "Not a signed note: no blank line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
    for (String line : lines) {
      if (!line.startsWith(SIGNATURE_PREFIX)) {
        throw new NoteRejected(
            NoteRejected.Reason.MALFORMED,
            "Not a signed note: a signature line starts with \u2014");
      }
      String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
      if (parts.length != 2) {
        throw new NoteRejected(
            NoteRejected.Reason.MALFORMED, "Not a signed note: a signature line is malformed");
      }
      byte[] signed;
      try {
        signed = Base64.getDecoder().decode(parts[1]);
      } catch (IllegalArgumentException e) {
        throw new NoteRejected(
            NoteRejected.Reason.MALFORMED, "Not a signed note: a signature is not base64");
      }
      if (parts[0].equals(name)
          && signed.length == 68
          && Arrays.equals(Arrays.copyOf(signed, 4), keyHash())) {
        if (verifies(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(signed, 4, 68))) {
          return text;
        }
        throw new NoteRejected(
            NoteRejected.Reason.SIGNATURE_INVALID,
            "The signature of " + name + " does not verify over the note's text");
      }
    }
    throw new NoteRejected(
        NoteRejected.Reason.SIGNATURE_INVALID, "The note carries no signature of " + name);
  }

  /** Whether {@code signature} is this key's Ed25519 signature of {@code message}. */
  public boolean verifies(byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(toPublicKey());
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteKey key
        && name.equals(key.name)
        && Arrays.equals(publicKey, key.publicKey);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return verifierKey();
  }
}
