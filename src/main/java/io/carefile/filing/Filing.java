package io.carefile.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A return against one obligation: its open draft, if any, and how far it has come. */
@Entity
@Table(name = "filing")
public class Filing {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "obligation_id", nullable = false, updatable = false)
  public UUID obligationId;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Column(name = "template_version", nullable = false, updatable = false)
  public int templateVersion;

  @Column(name = "reference_year", nullable = false, updatable = false)
  public int referenceYear;

  @Generated
  @Column(name = "reference_number", insertable = false, updatable = false)
  public long referenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FilingStatus status;

  @Column(name = "latest_version", nullable = false)
  public int latestVersion;

  /** The latest version the regulator accepted, or null while none is. */
  @Column(name = "accepted_version")
  public Integer acceptedVersion;

  /** The open draft's values as JSON, or null when no draft is open. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "draft_values")
  public String draftValues;

  @Column(name = "draft_saved_at")
  public Instant draftSavedAt;

  @Column(name = "draft_saved_by")
  public String draftSavedBy;

  /** How the open draft was last saved; null when none is open or it was saved before V026. */
  @Enumerated(EnumType.STRING)
  @Column(name = "draft_source")
  public FilingSource draftSource;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Version public long version;

  /** The draft became submitted version {@code number}. */
  void recordSubmitted(int number) {
    latestVersion = number;
    status = FilingLifecycle.afterSubmission(status);
    draftValues = null;
    draftSavedAt = null;
    draftSavedBy = null;
    draftSource = null;
  }

  /** A review step moved the return to {@code next}; accepting accepts the latest version. */
  void reviewed(FilingStatus next) {
    status = next;
    if (next == FilingStatus.ACCEPTED) {
      acceptedVersion = latestVersion;
    }
  }

  public boolean hasDraft() {
    return draftValues != null;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Filing filing && id != null && Objects.equals(id, filing.id);
  }

  @Override
  public int hashCode() {
    return Filing.class.hashCode();
  }
}
