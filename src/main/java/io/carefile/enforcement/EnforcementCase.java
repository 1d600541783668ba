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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * An enforcement case against a platform: its stage in {@link CaseLifecycle}, the provisional
 * notice once issued, and the appeal against its confirmation decision. Its grounds, requirements,
 * history and representations are rows of their own.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "reference_year", nullable = false, updatable = false)
  public int referenceYear;

  @Generated
  @Column(name = "reference_number", insertable = false, updatable = false)
  public long referenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CaseStage stage;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, updatable = false)
  public CaseTrigger trigger;

  @Column(name = "opened_by", nullable = false, updatable = false)
  public String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  public Instant openedAt;

  @Column(name = "opening_reason", nullable = false, updatable = false)
  public String openingReason;

  @Column(name = "notice_text")
  public String noticeText;

  @Column(name = "notice_issued_at")
  public Instant noticeIssuedAt;

  /** The last day, in the regulator's calendar, on which the platform may make representations. */
  @Column(name = "representations_deadline")
  public LocalDate representationsDeadline;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "appeal_status")
  public AppealStatus appealStatus;

  @Column(name = "appeal_grounds")
  public String appealGrounds;

  @Column(name = "appeal_lodged_by")
  public String appealLodgedBy;

  @Column(name = "appeal_lodged_at")
  public Instant appealLodgedAt;

  @Column(name = "appeal_outcome_text")
  public String appealOutcomeText;

  @Column(name = "appeal_decided_by")
  public String appealDecidedBy;

  @Column(name = "appeal_decided_at")
  public Instant appealDecidedAt;

  @Version public long version;

  public String reference() {
    return CaseReference.of(referenceYear, referenceNumber);
  }

  Optional<AppealStatus> appeal() {
    return Optional.ofNullable(appealStatus);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof EnforcementCase that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return EnforcementCase.class.hashCode();
  }
}
