package io.carefile.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Representations a platform made on a provisional notice. Written once. */
@Entity
@Immutable
@Table(name = "enforcement_representation")
public class Representation {

  @Id public UUID id;

  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public String text;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  public String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  public Instant submittedAt;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Representation that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Representation.class.hashCode();
  }
}
