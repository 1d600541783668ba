package io.carefile.penalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A penalty issued to a platform, with what it was calculated from and its balance. */
@Entity
@Table(name = "penalty")
public class Penalty {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "case_id", updatable = false)
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public PenaltyType kind;

  @Column(nullable = false, updatable = false)
  public BigDecimal amount;

  @Column(nullable = false, updatable = false)
  public String currency;

  @Column(nullable = false)
  public BigDecimal balance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PenaltyStatus status;

  @Column(name = "due_date", nullable = false, updatable = false)
  public LocalDate dueDate;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String inputs;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String calculation;

  @Column(name = "issued_by", nullable = false, updatable = false)
  public String issuedBy;

  @Column(name = "issued_at", nullable = false, updatable = false)
  public Instant issuedAt;

  @Column(name = "source_key", updatable = false)
  public String sourceKey;

  @Version public long version;

  Money amount() {
    return new Money(amount, Currency.getInstance(currency));
  }

  Money balance() {
    return new Money(balance, Currency.getInstance(currency));
  }
}
