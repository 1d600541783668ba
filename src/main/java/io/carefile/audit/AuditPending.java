package io.carefile.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A committed event the sequencer has not chained yet; removed once it is chained. */
@Entity
@Table(name = "audit_pending")
class AuditPending {

  @Id
  @Column(name = "event_id")
  UUID eventId;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof AuditPending pending
            && eventId != null
            && Objects.equals(eventId, pending.eventId);
  }

  @Override
  public int hashCode() {
    return AuditPending.class.hashCode();
  }
}
