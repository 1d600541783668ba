package io.carefile.enforcement;

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

/** An action a confirmation decision requires of the platform, by a due date. */
@Entity
@Table(name = "enforcement_requirement")
public class Requirement {

  @Id public UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public int position;

  @Column(nullable = false, updatable = false)
  public String text;

  @Column(name = "due_date", nullable = false, updatable = false)
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RequirementStatus status;

  @Column(name = "completed_by")
  public String completedBy;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Column(name = "completion_note")
  public String completionNote;

  @Column(name = "verified_by")
  public String verifiedBy;

  @Column(name = "verified_at")
  public Instant verifiedAt;

  @Column(name = "verification_note")
  public String verificationNote;

  @Version public long version;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Requirement that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Requirement.class.hashCode();
  }
}
