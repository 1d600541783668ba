package io.carefile.penalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A payment received against a penalty; never changed once recorded. */
@Entity
@Table(name = "penalty_payment")
public class PenaltyPayment {

  @Id public UUID id;

  @Column(name = "penalty_id", nullable = false, updatable = false)
  public UUID penaltyId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public String reference;

  @Column(nullable = false, updatable = false)
  public BigDecimal amount;

  @Column(nullable = false, updatable = false)
  public String currency;

  @Column(name = "received_on", nullable = false, updatable = false)
  public LocalDate receivedOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  public String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  public Instant recordedAt;

  Money amount() {
    return new Money(amount, Currency.getInstance(currency));
  }
}
