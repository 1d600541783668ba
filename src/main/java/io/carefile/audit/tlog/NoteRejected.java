package io.carefile.audit.tlog;

/** A signed note or checkpoint that cannot be accepted, and why. */
public final class NoteRejected extends RuntimeException {

  /** Why a note is refused. */
  public enum Reason {
    /** Not a signed note or not a checkpoint body. */
    MALFORMED,
    /** No signature by the expected key, or one that does not verify. */
    SIGNATURE_INVALID
  }

  private final Reason reason;

  public NoteRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
