package io.carefile.review;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryMessage", description = "One message of a query's thread")
public record QueryMessageView(
    @Schema(description = "1, 2, … in the order written") int number,
    @Schema(description = "Who wrote it (\"system\" for what the service wrote itself)")
        String author,
    @Schema(description = "REGULATOR or PLATFORM") QuerySide side,
    @Schema(description = "The message") String body,
    @Schema(description = "When it was sent") Instant sentAt) {

  static QueryMessageView of(QueryMessage message) {
    return new QueryMessageView(
        message.number, message.authorUsername, message.side, message.body, message.sentAt);
  }
}
