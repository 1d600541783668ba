package io.carefile.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the audit chain and tree. */
@Schema(name = "AuditVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
    @Schema(
            description =
                "True when every link recomputes to its stored hash and the tree matches the"
                    + " checkpoint checked")
        boolean intact,
    @Schema(description = "Links verified before the first broken one (all, when intact)")
        long verifiedLinks,
    @Schema(description = "Hash of the last verified link") String verifiedHeadHash,
    @Schema(description = "Committed events not chained yet (the sequencer runs continuously)")
        long pendingEvents,
    @Schema(description = "Events in the Merkle tree recomputed from the events") long treeSize,
    @Schema(description = "The first link that does not hold, when the chain is broken")
        BrokenLink firstBrokenLink,
    @Schema(description = "The tree against a signed checkpoint; absent when none is signed yet")
        CheckpointCheck checkpoint) {

  @Schema(name = "AuditBrokenLink")
  public record BrokenLink(
      @Schema(description = "Sequence number of the link") long sequence,
      @Schema(description = "The event the link chains") UUID eventId,
      @Schema(description = "Why it does not hold") String reason) {}

  @Schema(name = "AuditCheckpointCheck")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CheckpointCheck(
      @Schema(description = "The checkpoint's tree size") long treeSize,
      @Schema(description = "The checkpoint's root hash, base64") String rootHash,
      @Schema(
              description = "stored: the latest checkpoint the log signed; presented: the caller's",
              enumeration = {"stored", "presented"})
          String source,
      @Schema(description = "True when the recomputed tree of treeSize events has its root")
          boolean consistent,
      @Schema(description = "The first sequence the checkpoint covers that the log no longer has")
          Long firstMissingSequence,
      @Schema(description = "The first event, within the checkpoint, that was rewritten")
          Long firstDifferingSequence,
      @Schema(description = "Why the tree does not match") String reason) {

    static CheckpointCheck consistent(long treeSize, String rootHash, String source) {
      return new CheckpointCheck(treeSize, rootHash, source, true, null, null, null);
    }

    static CheckpointCheck failed(
        long treeSize,
        String rootHash,
        String source,
        Long firstMissing,
        Long firstDiffering,
        String reason) {
      return new CheckpointCheck(
          treeSize, rootHash, source, false, firstMissing, firstDiffering, reason);
    }
  }
}
