package io.carefile.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A confirmation decision published on the public register: once per case, never changed. It keeps
 * what the public reads (the summary, the platform's name as it was then) and who published it.
 */
@Entity
@Table(name = "enforcement_publication")
public class CasePublication {

  @Id public UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public String summary;

  @Column(name = "platform_name", nullable = false, updatable = false)
  public String platformName;

  @Column(name = "published_by", nullable = false, updatable = false)
  public String publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  public Instant publishedAt;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CasePublication that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return CasePublication.class.hashCode();
  }
}
