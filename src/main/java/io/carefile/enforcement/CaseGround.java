package io.carefile.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * One ground of a case. Written once with its case; only {@code caseOpen} changes, once, when the
 * case closes (the database refuses any other change, V015).
 */
@Entity
@Table(name = "enforcement_case_ground")
public class CaseGround {

  @Id public UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public GroundKind kind;

  @Column(name = "obligation_id", updatable = false)
  public UUID obligationId;

  @Column(name = "filing_id", updatable = false)
  public UUID filingId;

  @Column(name = "version_number", updatable = false)
  public Integer versionNumber;

  @Column(name = "rule_id", updatable = false)
  public String ruleId;

  @Column(updatable = false)
  public String finding;

  /** {@link EnforcementGrounds#keyOf}; null for an officer's decision. */
  @Column(name = "ground_key", updatable = false)
  public String groundKey;

  @Column(name = "case_open", nullable = false)
  public boolean caseOpen;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CaseGround that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return CaseGround.class.hashCode();
  }
}
