package io.carefile.penalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a penalty's history: a change of its status, or a payment that kept it. */
@Entity
@Table(name = "penalty_event")
public class PenaltyEvent {

  @Id public UUID id;

  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "penalty_id", nullable = false, updatable = false)
  public UUID penaltyId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false)
  public String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  public PenaltyStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  public PenaltyStatus toStatus;

  @Column(nullable = false, updatable = false)
  public String reason;

  @Column(name = "payment_id", updatable = false)
  public UUID paymentId;
}
