package io.carefile.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One submission of a return: v1 the original, v2... amendments. Written once and never changed;
 * the database refuses updates and deletes as well.
 */
@Entity
@Immutable
@Table(name = "filing_version")
public class FilingVersion {

  @Id public UUID id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public int number;

  @Column(name = "accession_number", nullable = false, updatable = false)
  public String accessionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public FilingSource source;

  @Column(nullable = false, updatable = false)
  public boolean late;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  public Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  public String submittedBy;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "filed_values", nullable = false, updatable = false)
  public String filedValues;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String findings;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String explanations;

  @Column(name = "attestor_subject", nullable = false, updatable = false)
  public String attestorSubject;

  @Column(name = "attestor_username", nullable = false, updatable = false)
  public String attestorUsername;

  @Column(name = "attestor_name", nullable = false, updatable = false)
  public String attestorName;

  @Column(name = "attestor_role", nullable = false, updatable = false)
  public String attestorRole;

  @Column(name = "attestation_statement", nullable = false, updatable = false)
  public String attestationStatement;

  @Column(name = "canonical_payload", nullable = false, updatable = false)
  public String canonicalPayload;

  @Column(nullable = false, updatable = false)
  public String sha256;

  /** The regulator's JWS over the receipt's statement; null for versions signed by no key. */
  @Column(name = "receipt_signature", updatable = false)
  public String receiptSignature;

  /** The audit event that logged the submission, which the signed statement names. */
  @Column(name = "audit_event_id", updatable = false)
  public UUID auditEventId;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof FilingVersion that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return FilingVersion.class.hashCode();
  }
}
