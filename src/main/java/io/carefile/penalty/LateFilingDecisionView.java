package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LateFilingDecision",
    description = "The penalty-points job's decision on one late original submission")
public record LateFilingDecisionView(
    UUID id,
    UUID filingId,
    @Schema(description = "The late original submission's accession number") String accessionNumber,
    String templateCode,
    PeriodType periodType,
    Instant submittedAt,
    @Schema(description = "The submission's day (Europe/London)") LocalDate submittedOn,
    @Schema(description = "Whether it earned a point (not when the tally was at the threshold)")
        boolean pointAwarded,
    int pointsBefore,
    int pointsAfter,
    int threshold,
    @Schema(description = "Whether it issues the fixed penalty") boolean fixedPenaltyDue,
    @Schema(description = "The fixed penalty's amount, when one is due")
        BigDecimal fixedPenaltyAmount,
    @Schema(description = "The fixed penalty's ISO 4217 currency, when one is due")
        String fixedPenaltyCurrency,
    @Schema(description = "The key the fixed penalty is issued under, when one is due")
        String fixedPenaltyKey,
    String explanation,
    Instant decidedAt) {

  static LateFilingDecisionView of(LateFilingLedgerEntry entry) {
    return new LateFilingDecisionView(
        entry.id,
        entry.filingId,
        entry.accessionNumber,
        entry.templateCode,
        entry.periodType,
        entry.submittedAt,
        entry.submittedOn,
        entry.pointAwarded,
        entry.pointsBefore,
        entry.pointsAfter,
        entry.threshold,
        entry.fixedPenaltyDue,
        entry.fixedPenaltyAmount,
        entry.fixedPenaltyCurrency,
        entry.fixedPenaltyKey,
        entry.explanation,
        entry.decidedAt);
  }
}
