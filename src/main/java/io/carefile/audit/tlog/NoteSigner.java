package io.carefile.audit.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs C2SP notes and any other bytes with one Ed25519 private key.
 *
 * <p>Signatures are made with BouncyCastle's Ed25519, not the JDK's: every submission's receipt is
 * signed in its transaction, and the JDK takes about ten times as long per signature (its
 * fixed-base multiplication has no precomputed tables; docs/benchmark.md). Ed25519 signatures are
 * deterministic (RFC 8032), so both produce the same bytes; the JDK still derives and verifies the
 * public key, and a probe signed here must verify there before the signer is handed out.
 */
public final class NoteSigner {

  private final Ed25519PrivateKeyParameters privateKey;
  private final NoteKey key;

  private NoteSigner(byte[] seed, NoteKey key) {
    this.privateKey = new Ed25519PrivateKeyParameters(seed);
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
      NoteSigner signer = new NoteSigner(seed, NoteKey.of(name, pair.getPublic()));
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
    // A signer per call: Ed25519Signer buffers the message, so it is not shared between threads.
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
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
