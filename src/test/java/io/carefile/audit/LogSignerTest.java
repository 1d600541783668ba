package io.carefile.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.audit.tlog.NoteKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The log's key comes from configuration or a mounted file, and nothing starts without one. */
class LogSignerTest {

  private static final KeyPair PAIR = pair();

  @Test
  void withoutAKeyOrWithTwoTheServiceDoesNotStart() {
    assertThatThrownBy(() -> new LogSigner(config(Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CAREFILE_AUDIT_LOG_SIGNING_KEY");
    assertThatThrownBy(
            () -> new LogSigner(config(Optional.of(base64()), Optional.of(Path.of("key.pem")))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyThatIsNoEd25519PrivateKeyIsRefused() throws Exception {
    String rsa =
        Base64.getEncoder()
            .encodeToString(
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded());
    for (String key : new String[] {"not base64 !", "AAAA", rsa}) {
      assertThatThrownBy(() -> new LogSigner(config(Optional.of(key), Optional.empty())))
          .as(key)
          .isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void aBase64KeyAndAMountedPemFileSignWithTheSameKey() throws Exception {
    Path file = Files.createTempFile("log-key", ".pem");
    Files.writeString(
        file,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(PAIR.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    LogSigner fromValue = new LogSigner(config(Optional.of(base64()), Optional.empty()));
    LogSigner fromFile = new LogSigner(config(Optional.empty(), Optional.of(file)));
    NoteKey expected = NoteKey.of("test.example/log", PAIR.getPublic());
    assertThat(fromValue.key()).isEqualTo(expected);
    assertThat(fromFile.key()).isEqualTo(expected);
    assertThat(fromValue.publicKeyPem())
        .contains(Base64.getEncoder().encodeToString(PAIR.getPublic().getEncoded()));
  }

  private static String base64() {
    return Base64.getEncoder().encodeToString(PAIR.getPrivate().getEncoded());
  }

  private static AuditLogConfig config(Optional<String> key, Optional<Path> file) {
    return new AuditLogConfig() {
      @Override
      public String origin() {
        return "test.example/log";
      }

      @Override
      public Optional<String> signingKey() {
        return key;
      }

      @Override
      public Optional<Path> signingKeyFile() {
        return file;
      }

      @Override
      public String checkpointCron() {
        return "0 0 * * * ?";
      }
    };
  }

  private static KeyPair pair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
