package io.carefile.template;

import io.carefile.platform.PlatformCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published return template version. Immutable once stored: Hibernate never updates it, and a
 * database trigger refuses any UPDATE or DELETE.
 */
@Entity
@Immutable
@Table(name = "return_template_version")
public class ReturnTemplateVersion {

  @Id public UUID id;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_type", nullable = false)
  public PeriodType periodType;

  @Column(name = "due_offset_days", nullable = false)
  public int dueOffsetDays;

  /** Names of the {@link PlatformCategory} constants that must file it. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] categories;

  /** The definition as canonical JSON (RFC 8785). */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String definition;

  @Column(name = "definition_sha256", nullable = false)
  public String definitionSha256;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "published_by", nullable = false)
  public String publishedBy;

  @Column(nullable = false)
  public TemplateSource source;

  public TemplateVersionSummary summary() {
    return new TemplateVersionSummary(
        code,
        version,
        title,
        periodType,
        dueOffsetDays,
        Arrays.stream(categories)
            .map(PlatformCategory::valueOf)
            .collect(Collectors.toUnmodifiableSet()));
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ReturnTemplateVersion stored
            && id != null
            && Objects.equals(id, stored.id);
  }

  @Override
  public int hashCode() {
    return ReturnTemplateVersion.class.hashCode();
  }
}
