package io.carefile.audit;

import io.carefile.audit.tlog.Checkpoint;
import io.carefile.audit.tlog.NoteKey;
import io.carefile.audit.tlog.NoteSigner;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The regulator's Ed25519 log key: it signs checkpoints as C2SP notes and receipts as JWS. Created
 * at start, so an instance without a key (or with a broken one) refuses to start in every profile.
 */
@Startup
@ApplicationScoped
public class LogSigner {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final NoteSigner signer;

  LogSigner(AuditLogConfig config) {
    this.signer = NoteSigner.of(config.origin(), privateKey(config));
  }

  public NoteKey key() {
    return signer.key();
  }

  String signCheckpoint(Checkpoint checkpoint) {
    return signer.signNote(checkpoint.body());
  }

  /** A JWS compact serialisation (RFC 7515) of {@code payload}, {@code alg} EdDSA (RFC 8037). */
  public String signJws(String payload) {
    String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + key().verifierKey() + "\"}";
    String signingInput =
        URL.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    byte[] signature = signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + URL.encodeToString(signature);
  }

  /** The public key as PEM, for openssl. */
  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getEncoder().encodeToString(key().toPublicKey().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static PrivateKey privateKey(AuditLogConfig config) {
    if (config.signingKey().isPresent() == config.signingKeyFile().isPresent()) {
      throw new IllegalStateException(
          "Set exactly one of carefile.audit.log.signing-key and carefile.audit.log.signing-key-file"
              + " (CAREFILE_AUDIT_LOG_SIGNING_KEY or _FILE): the log's Ed25519 private key");
    }
    String text =
        config
            .signingKey()
            .orElseGet(
                () -> {
                  try {
                    return Files.readString(
                        config.signingKeyFile().get(), StandardCharsets.US_ASCII);
                  } catch (IOException e) {
                    throw new UncheckedIOException("Could not read the log's signing key file", e);
                  }
                });
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("The log's signing key is not a PKCS#8 Ed25519 key", e);
    }
  }
}
