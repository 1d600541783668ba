package io.carefile.audit;

import io.carefile.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Proofs against the log's checkpoints: of an event's inclusion, and between two tree sizes. */
@ApplicationScoped
public class LogProofs {

  private final AuditTree tree;
  private final AuditCheckpoints checkpoints;

  LogProofs(AuditTree tree, AuditCheckpoints checkpoints) {
    this.tree = tree;
    this.checkpoints = checkpoints;
  }

  /** The event's inclusion in the tree of {@code treeSize}, or of the latest checkpoint. */
  public InclusionProof inclusion(long sequence, OptionalLong treeSize) {
    return tree.inclusion(
        sequence, treeSize.orElseGet(() -> checkpoints.requireLatest().treeSize()));
  }

  /**
   * The latest checkpoint and the event's inclusion in it, once a checkpoint covers the event;
   * empty until then (or for an event the caller may not see).
   */
  public Optional<CheckpointedInclusion> inLatestCheckpoint(UUID eventId) {
    Optional<StoredCheckpoint> latest = checkpoints.latest();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    StoredCheckpoint checkpoint = latest.get();
    return tree.sequenceOf(eventId)
        .filter(sequence -> sequence <= checkpoint.treeSize())
        .map(
            sequence ->
                new CheckpointedInclusion(
                    checkpoint, tree.inclusion(sequence, checkpoint.treeSize())));
  }

  /**
   * The event's inclusion in the checkpoint signed at {@code treeSize}: 404 when no checkpoint has
   * that size or the caller may not see the event, 422 when the event came after it.
   */
  public CheckpointedInclusion inCheckpoint(UUID eventId, long treeSize) {
    StoredCheckpoint checkpoint =
        checkpoints
            .at(treeSize)
            .orElseThrow(() -> ProblemException.notFound("Checkpoint", treeSize));
    long sequence =
        tree.sequenceOf(eventId)
            .orElseThrow(() -> ProblemException.notFound("Audit event", eventId));
    return new CheckpointedInclusion(checkpoint, tree.inclusion(sequence, treeSize));
  }

  public ConsistencyProof consistency(long first, long second) {
    return tree.consistency(first, second);
  }

  /** A checkpoint and an inclusion proof against it. */
  public record CheckpointedInclusion(StoredCheckpoint checkpoint, InclusionProof inclusion) {}
}
