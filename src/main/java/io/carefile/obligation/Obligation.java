package io.carefile.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A return a platform must file: one template, one period, one due date. */
@Entity
@Table(name = "obligation")
public class Obligation {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Column(name = "template_version", nullable = false, updatable = false)
  public int templateVersion;

  @Column(name = "period_start", nullable = false, updatable = false)
  public LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  public LocalDate periodEnd;

  @Column(name = "due_date", nullable = false, updatable = false)
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ObligationStatus status;

  @Column(name = "waiver_reason")
  public String waiverReason;

  @Column(name = "waived_by")
  public String waivedBy;

  @Column(name = "waived_at")
  public Instant waivedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Version public long version;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Obligation obligation
            && id != null
            && Objects.equals(id, obligation.id);
  }

  @Override
  public int hashCode() {
    return Obligation.class.hashCode();
  }
}
