package io.carefile.audit.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;

/** Signs C2SP notes and any other bytes with one Ed25519 private key. */
public final class NoteSigner {

  private final PrivateKey privateKey;
  private final NoteKey key;

  private NoteSigner(PrivateKey privateKey, NoteKey key) {
    this.privateKey = privateKey;
    this.key = key;
  }

  /**
   * The signer of {@code privateKey}. The JDK derives no public key from a private one, so the pair
   * is generated again from the key's own 32-byte seed, which Ed25519 key generation draws.
   */
  public static NoteSigner of(String name, PrivateKey privateKey) {
    if (!(privateKey instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
      throw new IllegalArgumentException("The log's signing key is not an Ed25519 private key");
    }
    byte[] seed = edKey.getBytes().get();
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
      KeyPair pair = generator.generateKeyPair();
      NoteSigner signer = new NoteSigner(privateKey, NoteKey.of(name, pair.getPublic()));
      byte[] probe = "carefile log key probe".getBytes(StandardCharsets.UTF_8);
      if (!signer.key.verifies(probe, signer.sign(probe))) {
        throw new IllegalStateException("The log's public key does not match its private key");
      }
      return signer;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
    }
  }

  public NoteKey key() {
    return key;
  }

  /** The note of {@code text} (non-empty lines, each ending in a newline) with this signature. */
  public String signNote(String text) {
    if (text.isEmpty() || !text.endsWith("\n") || text.contains("\n\n")) {
      throw new IllegalArgumentException("A note's text is non-empty lines ending in newlines");
    }
    return text + "\n" + key.signatureLine(sign(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The Ed25519 signature of {@code message} (64 bytes). */
  public byte[] sign(byte[] message) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign with the log's key", e);
    }
  }

  /** Hands key generation the seed it was given, once. */
  private static final class SeedRandom extends SecureRandom {
    private final byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("Ed25519 key generation draws a 32-byte seed");
      }
      System.arraycopy(seed, 0, bytes, 0, bytes.length);
    }
  }
}
