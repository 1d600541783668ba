package io.carefile.audit;

import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConsistencyProof",
    description =
        "RFC 9162 consistency proof: the tree of `first` events is a prefix of the tree of"
            + " `second`; hashes are standard base64")
public record ConsistencyProof(
    @Schema(description = "The smaller tree size") long first,
    @Schema(description = "The larger tree size") long second,
    @Schema(description = "The proof's hashes, in RFC 9162 order") List<String> proof,
    @Schema(description = "The root of the tree of `first` events") String firstRootHash,
    @Schema(description = "The root of the tree of `second` events") String secondRootHash) {

  static ConsistencyProof of(
      long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
    Base64.Encoder base64 = Base64.getEncoder();
    return new ConsistencyProof(
        first,
        second,
        AuditTree.base64(proof),
        base64.encodeToString(firstRoot),
        base64.encodeToString(secondRoot));
  }
}
