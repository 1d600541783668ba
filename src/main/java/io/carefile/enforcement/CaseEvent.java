package io.carefile.enforcement;

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

/** One step of a case's history. Written once; the database refuses changes. */
@Entity
@Immutable
@Table(name = "enforcement_case_event")
public class CaseEvent {

  @Id public UUID id;

  /** The order rows were written in; the database numbers them. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  /** The username of who took the step ({@code system} for a trigger). */
  @Column(nullable = false, updatable = false)
  public String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public CaseAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", updatable = false)
  public CaseStage fromStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, updatable = false)
  public CaseStage toStage;

  /** Why, in the words of who took the step. */
  @Column(updatable = false)
  public String reason;

  /** What the step was, in the service's words. */
  @Column(nullable = false, updatable = false)
  public String detail;

  @Column(name = "requirement_id", updatable = false)
  public UUID requirementId;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CaseEvent that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return CaseEvent.class.hashCode();
  }
}
