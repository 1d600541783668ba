package io.carefile.review;

import io.carefile.filing.FilingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A decision an analyst took on a return. Written once; the database refuses changes. */
@Entity
@Immutable
@Table(name = "review_decision")
public class ReviewDecision {

  @Id public UUID id;

  /** The order rows were written in; the database numbers them. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  /** The submitted version decided. */
  @Column(name = "version_number", nullable = false, updatable = false)
  public int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public ReviewOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false)
  public FilingStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  public FilingStatus toStatus;

  /** The {@link DecisionFinding}s as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String findings;

  /** The {@link RejectionReason}s as JSON, labelled as configured when decided. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String reasons;

  @Column(updatable = false)
  public String text;

  @Column(name = "decided_by", nullable = false, updatable = false)
  public String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  public Instant decidedAt;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ReviewDecision that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return ReviewDecision.class.hashCode();
  }
}
