package io.carefile.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checkpoints as C2SP signed notes: the format, the key hash, and what a verifier refuses. */
class SignedNoteTest {

  private static final String NAME = "example.org/log";

  @Test
  void aCheckpointNoteHasTheC2spLayoutAndVerifies() throws Exception {
    NoteSigner signer = signer();
    byte[] root = MerkleTree.leafHash(new byte[0]);
    String note = signer.signNote(new Checkpoint(NAME, 42, root).body());

    String[] lines = note.split("\n", -1);
    assertThat(lines).hasSize(6);
    assertThat(lines[0]).isEqualTo(NAME);
    assertThat(lines[1]).isEqualTo("42");
    assertThat(lines[2]).isEqualTo(Base64.getEncoder().encodeToString(root));
    assertThat(lines[3]).isEmpty();
    assertThat(lines[4]).startsWith("\u2014 " + NAME + " ");
    assertThat(lines[5]).isEmpty();
    byte[] signature =
        Base64.getDecoder().decode(lines[4].substring(lines[4].lastIndexOf(' ') + 1));
    assertThat(signature).hasSize(68);
    assertThat(Arrays.copyOf(signature, 4)).isEqualTo(expectedKeyHash(signer.key()));

    Checkpoint read = Checkpoint.parse(signer.key().verify(note));
    assertThat(read).isEqualTo(new Checkpoint(NAME, 42, root));
  }

  @Test
  void everyVerifierKeyRoundTripsWhateverItsBase64Holds() throws Exception {
    for (int i = 0; i < 50; i++) {
      NoteKey key = signer().key();
      assertThat(NoteKey.parse(key.verifierKey())).isEqualTo(key);
    }
  }

  @Test
  void theVerifierKeyRoundTripsAndNamesTheKeyHash() throws Exception {
    NoteKey key = signer().key();
    String verifierKey = key.verifierKey();
    assertThat(verifierKey)
        .startsWith(NAME + "+" + HexFormat.of().formatHex(expectedKeyHash(key)) + "+");
    assertThat(NoteKey.parse(verifierKey)).isEqualTo(key);
    assertThatThrownBy(() -> NoteKey.parse(verifierKey.replace(NAME, "other.org/log")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The signer uses BouncyCastle's Ed25519 for speed; RFC 8032 signatures are deterministic, so it
   * must produce the JDK's signature byte for byte, whatever the key and the message.
   */
  @Test
  void signaturesAreTheJdksByteForByte() throws Exception {
    Random random = new Random(8032);
    for (int keys = 0; keys < 20; keys++) {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      NoteSigner signer = NoteSigner.of(NAME, pair.getPrivate());
      for (int length : new int[] {0, 1, 31, 32, 33, 64, 200, 1000, 5000}) {
        byte[] message = new byte[length];
        random.nextBytes(message);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(message);
        assertThat(signer.sign(message)).as("%d bytes", length).isEqualTo(jdk.sign());
      }
    }
  }

  @Test
  void aChangedByteOrAnotherKeyIsRefusedAsABadSignature() throws Exception {
    NoteSigner signer = signer();
    String note = signer.signNote(new Checkpoint(NAME, 7, MerkleTree.emptyRoot()).body());
    String changedSize = note.replaceFirst("\n7\n", "\n8\n");
    assertThatThrownBy(() -> signer.key().verify(changedSize))
        .isInstanceOfSatisfying(
            NoteRejected.class,
            e -> assertThat(e.reason()).isEqualTo(NoteRejected.Reason.SIGNATURE_INVALID));
    assertThatThrownBy(() -> signer().key().verify(note))
        .isInstanceOfSatisfying(
            NoteRejected.class,
            e -> assertThat(e.reason()).isEqualTo(NoteRejected.Reason.SIGNATURE_INVALID));
  }

  @Test
  void textThatIsNoNoteOrNoCheckpointIsMalformed() throws Exception {
    NoteSigner signer = signer();
    for (String note :
        new String[] {"", "just text\n", NAME + "\n7\nroot\n\nno dash\n", "a\n\n\u2014 x !!!\n"}) {
      assertThatThrownBy(() -> signer.key().verify(note))
          .as(note)
          .isInstanceOfSatisfying(
              NoteRejected.class,
              e -> assertThat(e.reason()).isEqualTo(NoteRejected.Reason.MALFORMED));
    }
    for (String body :
        new String[] {
          NAME + "\n",
          NAME + "\n07\n" + root() + "\n",
          NAME + "\nx\n" + root() + "\n",
          NAME + "\n7\nnot-base64!\n",
          "\n7\n" + root() + "\n",
          NAME + "\n7\n" + root()
        }) {
      assertThatThrownBy(() -> Checkpoint.parse(body))
          .as(body)
          .isInstanceOfSatisfying(
              NoteRejected.class,
              e -> assertThat(e.reason()).isEqualTo(NoteRejected.Reason.MALFORMED));
    }
  }

  private static String root() {
    return Base64.getEncoder().encodeToString(MerkleTree.emptyRoot());
  }

  /** The key hash as C2SP signed-note defines it, computed here from the spec's words. */
  private static byte[] expectedKeyHash(NoteKey key) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update((key.name() + "\n").getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 1);
    sha256.update(key.publicKey());
    return Arrays.copyOf(sha256.digest(), 4);
  }

  private static NoteSigner signer() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner signer = NoteSigner.of(NAME, pair.getPrivate());
    assertThat(signer.key()).isEqualTo(NoteKey.of(NAME, pair.getPublic()));
    return signer;
  }
}
