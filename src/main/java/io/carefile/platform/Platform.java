package io.carefile.platform;

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

/** A regulated online service: the tenant that owns obligations, filings, cases and fines. */
@Entity
@Table(name = "platform")
public class Platform {

  @Id public UUID id;

  @Column(nullable = false)
  public String slug;

  @Column(name = "legal_name", nullable = false)
  public String legalName;

  @Column(name = "trading_name")
  public String tradingName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlatformStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Version public long version;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Platform platform && id != null && Objects.equals(id, platform.id);
  }

  @Override
  public int hashCode() {
    return Platform.class.hashCode();
  }
}
