package io.carefile.penalty;

import io.carefile.template.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The penalty-points job's decision on one late original submission (V019): written once by {@link
 * LateFilingLedger#record}, never changed; the database refuses changes.
 */
@Entity
@Immutable
@Table(name = "late_filing_decision")
public class LateFilingLedgerEntry {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "filing_version_id", nullable = false, updatable = false)
  public UUID filingVersionId;

  @Column(name = "accession_number", nullable = false, updatable = false)
  public String accessionNumber;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_type", nullable = false, updatable = false)
  public PeriodType periodType;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  public Instant submittedAt;

  /** The submission's day in the regulator's calendar. */
  @Column(name = "submitted_on", nullable = false, updatable = false)
  public LocalDate submittedOn;

  @Column(name = "point_awarded", nullable = false, updatable = false)
  public boolean pointAwarded;

  @Column(name = "points_before", nullable = false, updatable = false)
  public int pointsBefore;

  @Column(name = "points_after", nullable = false, updatable = false)
  public int pointsAfter;

  @Column(nullable = false, updatable = false)
  public int threshold;

  @Column(name = "fixed_penalty_due", nullable = false, updatable = false)
  public boolean fixedPenaltyDue;

  @Column(name = "fixed_penalty_amount", updatable = false)
  public BigDecimal fixedPenaltyAmount;

  @Column(name = "fixed_penalty_currency", updatable = false)
  public String fixedPenaltyCurrency;

  @Column(name = "fixed_penalty_key", updatable = false)
  public String fixedPenaltyKey;

  @Column(nullable = false, updatable = false)
  public String explanation;

  @Column(name = "decided_at", nullable = false, updatable = false)
  public Instant decidedAt;

  LateSubmission asSubmission() {
    return new LateSubmission(accessionNumber, periodType, submittedOn);
  }
}
