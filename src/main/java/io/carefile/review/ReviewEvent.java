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

/** One step of a return's review history. Written once; the database refuses changes. */
@Entity
@Immutable
@Table(name = "review_event")
public class ReviewEvent {

  @Id public UUID id;

  /** The order rows were written in; the database numbers them. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  /** The username of who took the step ({@code system} for the service itself). */
  @Column(nullable = false, updatable = false)
  public String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public ReviewAction action;

  /** The return's latest submitted version when the step was taken. */
  @Column(name = "version_number", nullable = false, updatable = false)
  public int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  public FilingStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  public FilingStatus toStatus;

  @Column(updatable = false)
  public String assignee;

  @Column(name = "previous_assignee", updatable = false)
  public String previousAssignee;

  @Column(name = "decision_id", updatable = false)
  public UUID decisionId;

  @Column(updatable = false)
  public String detail;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ReviewEvent that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return ReviewEvent.class.hashCode();
  }
}
