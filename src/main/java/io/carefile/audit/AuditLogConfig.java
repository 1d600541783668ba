package io.carefile.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The verifiable log's identity, signing key and checkpoint schedule (docs/audit-log.md). */
@ConfigMapping(prefix = "carefile.audit.log")
public interface AuditLogConfig {

  /** The checkpoints' origin line, and the name of the signing key. */
  @WithDefault("carefile.example/audit-log")
  String origin();

  /** The Ed25519 private key as base64 PKCS#8 DER (or PEM); or give {@link #signingKeyFile()}. */
  Optional<String> signingKey();

  /** A file holding the PEM PKCS#8 private key, such as a mounted secret. */
  Optional<Path> signingKeyFile();

  /** When the {@code audit-checkpoint} job signs the tree (Quartz cron), once across replicas. */
  @WithDefault("0 */10 * * * ?")
  String checkpointCron();
}
