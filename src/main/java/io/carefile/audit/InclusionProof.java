package io.carefile.audit;

import io.carefile.audit.tlog.MerkleTree;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InclusionProof",
    description =
        "RFC 9162 inclusion proof of one event's leaf in the tree of treeSize events; hashes are"
            + " standard base64")
public record InclusionProof(
    @Schema(description = "The event's sequence; its leaf index is sequence - 1") long sequence,
    @Schema(description = "The leaf index in the tree") long leafIndex,
    @Schema(description = "The tree size the proof is for") long treeSize,
    @Schema(description = "The leaf: the event's canonical link document (RFC 8785 JSON)")
        String leaf,
    @Schema(description = "SHA-256(0x00 || UTF-8 of leaf)") String leafHash,
    @Schema(description = "The audit path, from the leaf upwards") List<String> proof,
    @Schema(description = "The root hash of the tree of treeSize events") String rootHash) {

  static InclusionProof of(
      long sequence, long treeSize, String leaf, List<byte[]> proof, byte[] root) {
    Base64.Encoder base64 = Base64.getEncoder();
    return new InclusionProof(
        sequence,
        sequence - 1,
        treeSize,
        leaf,
        base64.encodeToString(MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8))),
        AuditTree.base64(proof),
        base64.encodeToString(root));
  }
}
