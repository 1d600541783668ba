package io.carefile.review;

import io.carefile.filing.FilingStatus;
import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted return in the regulator's review queue: what the queue shows and filters by, kept in
 * step with the return by {@link ReviewQueueUpdates}, and whom it is allocated to.
 */
@Entity
@Table(name = "review")
public class Review {

  @Id
  @Column(name = "filing_id")
  public UUID filingId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Column(name = "template_version", nullable = false, updatable = false)
  public int templateVersion;

  @Column(name = "period_start", nullable = false, updatable = false)
  public LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlatformCategory category;

  @Column(name = "latest_version", nullable = false)
  public int latestVersion;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  @Column(nullable = false)
  public boolean late;

  @Column(nullable = false)
  public int warnings;

  @Column(name = "explained_warnings", nullable = false)
  public int explainedWarnings;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "rule_ids", nullable = false, columnDefinition = "text[]")
  public String[] ruleIds;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ScoreBand band;

  @Column(name = "band_overridden", nullable = false)
  public boolean bandOverridden;

  @Column(name = "band_version", nullable = false)
  public int bandVersion;

  public BigDecimal total;

  @Column(name = "previous_total")
  public BigDecimal previousTotal;

  @Column(name = "score_drop")
  public BigDecimal scoreDrop;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FilingStatus status;

  @Column(nullable = false)
  public int priority;

  /** The {@link PriorityReason}s as JSON, highest first. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "priority_reasons", nullable = false)
  public String priorityReasons;

  public String assignee;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  @Version public long version;

  /** What the priority is computed from, as the row holds it now. */
  PriorityFactors priorityFactors() {
    return new PriorityFactors(
        band, bandOverridden, late, warnings, explainedWarnings, scoreDrop, category);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Review that
            && filingId != null
            && Objects.equals(filingId, that.filingId);
  }

  @Override
  public int hashCode() {
    return Review.class.hashCode();
  }
}
