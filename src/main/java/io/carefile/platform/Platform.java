package io.carefile.platform;

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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A regulated online service: the tenant that owns obligations, filings, cases and fines. */
@Entity
@Table(name = "platform")
public class Platform {

  @Id public UUID id;

  /** Fixed at onboarding: it names the platform's Keycloak group and appears in URLs. */
  @Column(nullable = false, updatable = false)
  public String slug;

  @Column(name = "legal_name", nullable = false)
  public String legalName;

  @Column(name = "trading_name")
  public String tradingName;

  @Column(name = "company_number")
  public String companyNumber;

  /** ISO 3166-1 alpha-2 country of registration. */
  @Column(nullable = false)
  public String country;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "service_kinds", nullable = false)
  public Set<ServiceKind> serviceKinds = EnumSet.noneOf(ServiceKind.class);

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "service_features", nullable = false)
  public Set<ServiceFeature> serviceFeatures = EnumSet.noneOf(ServiceFeature.class);

  @Column(name = "uk_monthly_active_users", nullable = false)
  public long ukMonthlyActiveUsers;

  @Column(name = "revenue_amount", nullable = false, precision = 19, scale = 2)
  public BigDecimal revenueAmount;

  /** ISO 4217 currency of {@link #revenueAmount}. */
  @Column(name = "revenue_currency", nullable = false)
  public String revenueCurrency;

  @Column(name = "revenue_year_end", nullable = false)
  public LocalDate revenueYearEnd;

  /** Derived from the figures above whenever they change; stored so that it can be queried. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlatformCategory category;

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
