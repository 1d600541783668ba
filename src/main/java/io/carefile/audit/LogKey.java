package io.carefile.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LogKey", description = "The public half of the regulator's log and receipt key")
public record LogKey(
    @Schema(description = "The checkpoints' origin line and the key's name") String origin,
    @Schema(example = "Ed25519") String algorithm,
    @Schema(description = "C2SP signed-note verifier key: <name>+<key hash>+<base64 key>")
        String verifierKey,
    @Schema(description = "The key as an X.509 SubjectPublicKeyInfo PEM, for openssl")
        String publicKeyPem) {

  static LogKey of(LogSigner signer) {
    return new LogKey(
        signer.key().name(), "Ed25519", signer.key().verifierKey(), signer.publicKeyPem());
  }
}
