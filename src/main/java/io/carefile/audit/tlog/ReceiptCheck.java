package io.carefile.audit.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The offline check of a proven receipt ({@code GET /api/v1/receipts/{accession}/proof}, saved to a
 * file), with the log's published verifier key and nothing from Carefile running ({@code
 * bin/carefile-verify-receipt}, docs/audit-log.md): the digest of what was filed, the regulator's
 * signature over the receipt, and the receipt's audit event's inclusion in a signed checkpoint.
 *
 * <p>Exit status: 0 all verified, 1 something does not verify, 2 unreadable input, 3 signature and
 * digest verified but no checkpoint covers the receipt yet.
 */
public final class ReceiptCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReceiptCheck() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * {@code <proven-receipt.json> <verifier-key>}, or a bare receipt file; answers the exit status.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: carefile-verify-receipt <proven-receipt.json> <verifier-key>");
      return 2;
    }
    JsonNode proven;
    NoteKey key;
    try {
      proven = JSON.readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
      key = NoteKey.parse(args[1]);
    } catch (IOException | IllegalArgumentException e) {
      err.println("UNREADABLE: " + e.getMessage());
      return 2;
    }
    try {
      return check(proven, key, out);
    } catch (Refused e) {
      err.println("FAILED: " + e.getMessage());
      return 1;
    }
  }

  private static int check(JsonNode proven, NoteKey key, PrintStream out) {
    // A bare receipt (the portal's receipt.json) is checked as far as it goes: digest and
    // signature.
    JsonNode receipt = proven.has("receipt") ? proven.path("receipt") : proven;
    String payload = text(receipt, "canonicalPayload");
    String digest =
        HexFormat.of()
            .formatHex(MerkleTree.sha256().digest(payload.getBytes(StandardCharsets.UTF_8)));
    require(
        digest.equals(text(receipt, "sha256")),
        "the SHA-256 of canonicalPayload is not the receipt's sha256");
    out.println("digest: SHA-256 of the filed payload is " + digest);

    JsonNode statement = jws(text(receipt, "signature"), key);
    for (String field : List.of("accessionNumber", "sha256", "filingId", "auditEventId")) {
      require(
          text(statement, field).equals(text(receipt, field)),
          "the signed statement's " + field + " is not the receipt's");
    }
    require(
        statement.path("version").asLong() == receipt.path("version").asLong(),
        "the signed statement's version is not the receipt's");
    out.println(
        "signature: the regulator signed receipt "
            + text(statement, "accessionNumber")
            + " of "
            + text(statement, "submittedAt")
            + ", logged as audit event "
            + text(statement, "auditEventId"));

    if (proven.path("checkpoint").isMissingNode() || proven.path("inclusion").isMissingNode()) {
      out.println("inclusion: no checkpoint covers the receipt yet; fetch its proof again later");
      return 3;
    }
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.parse(key.verify(text(proven.path("checkpoint"), "note")));
    } catch (NoteRejected e) {
      throw new Refused("the checkpoint does not verify: " + e.getMessage());
    }
    JsonNode inclusion = proven.path("inclusion");
    String leaf = text(inclusion, "leaf");
    byte[] leafHash = MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8));
    JsonNode leafDocument = parse(leaf);
    require(
        text(leafDocument, "eventId").equals(text(statement, "auditEventId")),
        "the proven leaf is not the receipt's audit event");
    require(
        inclusion.path("treeSize").asLong() == checkpoint.size(),
        "the proof is not for the checkpoint's tree size");
    List<byte[]> path = new ArrayList<>();
    inclusion.path("proof").forEach(hash -> path.add(decode(hash.asText())));
    require(
        MerkleProofs.verifyInclusion(
            inclusion.path("leafIndex").asLong(),
            checkpoint.size(),
            leafHash,
            path,
            checkpoint.rootHash()),
        "the inclusion proof does not lead to the checkpoint's root");
    require(
        MessageDigest.isEqual(leafHash, decode(text(inclusion, "leafHash"))),
        "the leaf hash is not the leaf's");
    out.println(
        "inclusion: audit event "
            + text(statement, "auditEventId")
            + " is leaf "
            + inclusion.path("leafIndex").asLong()
            + " of the log "
            + checkpoint.origin()
            + " signed at size "
            + checkpoint.size());
    return 0;
  }

  /** The verified payload of a JWS compact serialisation signed with EdDSA by the key. */
  private static JsonNode jws(String compact, NoteKey key) {
    String[] parts = compact.split("\\.", -1);
    require(parts.length == 3, "the signature is not a JWS compact serialisation");
    Base64.Decoder url = Base64.getUrlDecoder();
    JsonNode header = parse(new String(url.decode(parts[0]), StandardCharsets.UTF_8));
    require("EdDSA".equals(header.path("alg").asText()), "the signature's alg is not EdDSA");
    require(
        key.verifies(
            (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), url.decode(parts[2])),
        "the regulator's signature does not verify with the published key");
    return parse(new String(url.decode(parts[1]), StandardCharsets.UTF_8));
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new Refused("not JSON: " + e.getMessage());
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new Refused("a hash is not base64");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    require(value.isTextual(), field + " is missing");
    return value.asText();
  }

  private static void require(boolean holds, String otherwise) {
    if (!holds) {
      throw new Refused(otherwise);
    }
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
