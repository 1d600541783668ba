package io.carefile.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuerySummary", description = "A query as lists show it, without its messages")
public record QuerySummary(
    @Schema(description = "The query's id") UUID id,
    @Schema(description = "The return it is about") UUID filingId,
    @Schema(description = "The platform whose return it is") UUID platformId,
    @Schema(description = "The return's latest submitted version when it was raised")
        int versionNumber,
    @Schema(description = "What it is about") String subject,
    @Schema(description = "The return's fields it is about; empty for the whole return")
        List<String> fields,
    @Schema(description = "When the platform should answer by (regulator's calendar)")
        LocalDate dueDate,
    @Schema(description = "OPEN, ANSWERED or CLOSED") QueryStatus status,
    @Schema(description = "Open past its due date") boolean overdue,
    @Schema(description = "The analyst who raised it") String raisedBy,
    @Schema(description = "When it was raised") Instant raisedAt,
    @Schema(description = "Who closed it, while closed") String closedBy,
    @Schema(description = "When it was closed, while closed") Instant closedAt,
    @Schema(description = "When its thread last moved") Instant lastActivityAt,
    @Schema(description = "Send it as expectedVersion to reply or close") long version) {}
