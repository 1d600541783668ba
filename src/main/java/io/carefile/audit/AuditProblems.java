package io.carefile.audit;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of the verifiable log's proofs, checkpoints and verification (docs/audit-log.md).
 * Documented in {@code docs/problems.md}.
 */
public enum AuditProblems implements ProblemCode {
  INVALID_TREE_SIZE(400, "invalid-tree-size", "A tree size is a whole number from 1"),
  INVALID_SEQUENCE(400, "invalid-sequence", "An event's sequence is a whole number from 1"),
  TREE_SIZE_BEYOND_LOG(422, "tree-size-beyond-log", "The tree size is larger than the log"),
  CONSISTENCY_SIZES_REVERSED(
      422, "consistency-sizes-reversed", "The first tree size is larger than the second"),
  EVENT_NOT_IN_TREE(422, "event-not-in-tree", "The event is not in the tree of this size"),
  NO_CHECKPOINT(409, "no-checkpoint-yet", "The log has signed no checkpoint yet"),
  LOG_EMPTY(409, "log-empty", "The log holds no event to sign"),
  CHECKPOINT_MALFORMED(
      400, "checkpoint-malformed", "The checkpoint is not a signed checkpoint note"),
  CHECKPOINT_SIGNATURE_INVALID(
      422,
      "checkpoint-signature-invalid",
      "The checkpoint carries no valid signature of this log's key");

  private final Definition definition;

  AuditProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
