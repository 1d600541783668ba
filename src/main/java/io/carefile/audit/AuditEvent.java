package io.carefile.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One appended state change. Rows are inserted once and never updated (a trigger forbids it). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id public UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false)
  public String actor;

  @Column(name = "platform_id", updatable = false)
  public UUID platformId;

  @Column(name = "entity_type", nullable = false, updatable = false)
  public String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  public String entityId;

  @Column(nullable = false, updatable = false)
  public String action;

  @Column(name = "state_digest", nullable = false, updatable = false)
  public String stateDigest;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof AuditEvent event && id != null && Objects.equals(id, event.id);
  }

  @Override
  public int hashCode() {
    return AuditEvent.class.hashCode();
  }
}
