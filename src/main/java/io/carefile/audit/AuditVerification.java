package io.carefile.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the audit chain. */
@Schema(name = "AuditVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
    @Schema(description = "True when every link recomputes to its stored hash") boolean intact,
    @Schema(description = "Links verified before the first broken one (all, when intact)")
        long verifiedLinks,
    @Schema(description = "Hash of the last verified link") String verifiedHeadHash,
    @Schema(description = "Committed events not chained yet (the sequencer runs continuously)")
        long pendingEvents,
    @Schema(description = "The first link that does not hold, when the chain is broken")
        BrokenLink firstBrokenLink) {

  @Schema(name = "AuditBrokenLink")
  public record BrokenLink(
      @Schema(description = "Sequence number of the link") long sequence,
      @Schema(description = "The event the link chains") UUID eventId,
      @Schema(description = "Why it does not hold") String reason) {}

  static AuditVerification intact(long links, String headHash, long pending) {
    return new AuditVerification(true, links, headHash, pending, null);
  }

  static AuditVerification broken(
      long verified, String headHash, long sequence, UUID eventId, String reason, long pending) {
    return new AuditVerification(
        false, verified, headHash, pending, new BrokenLink(sequence, eventId, reason));
  }
}
