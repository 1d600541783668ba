package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The computed score of one submitted version, stored with it in the submission's transaction.
 * Written once and never changed; the database refuses updates and deletes as well.
 */
@Entity
@Immutable
@Table(name = "filing_score")
public class Score {

  /** The submitted version scored: one score per version. */
  @Id
  @Column(name = "filing_version_id")
  public UUID filingVersionId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "version_number", nullable = false, updatable = false)
  public int versionNumber;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Column(name = "template_version", nullable = false, updatable = false)
  public int templateVersion;

  /** SHA-256 of the canonical JSON of the template version's indicator definitions. */
  @Column(name = "indicators_sha256", nullable = false, updatable = false)
  public String indicatorsSha256;

  @Column(updatable = false)
  public BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public ScoreBand band;

  @Column(name = "scored_weight", nullable = false, updatable = false)
  public BigDecimal scoredWeight;

  @Column(name = "green_from", nullable = false, updatable = false)
  public BigDecimal greenFrom;

  @Column(name = "amber_from", nullable = false, updatable = false)
  public BigDecimal amberFrom;

  /** The indicators, as {@link IndicatorScore}s in JSON, in the template's order. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String indicators;

  @Column(name = "computed_at", nullable = false, updatable = false)
  public Instant computedAt;

  /** The peer group at submission (benchmarks): the period, the platform's category and size. */
  @Column(name = "period_start", nullable = false, updatable = false)
  public LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public PlatformCategory category;

  /** The size band's code; null for scores computed before size bands were recorded. */
  @Column(name = "size_band", updatable = false)
  public String sizeBand;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Score that
            && filingVersionId != null
            && Objects.equals(filingVersionId, that.filingVersionId);
  }

  @Override
  public int hashCode() {
    return Score.class.hashCode();
  }
}
