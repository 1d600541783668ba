package io.carefile.scoring;

import io.carefile.platform.PlatformCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A frozen benchmark: the regulator's, never a platform's. Written once; the database refuses
 * changes.
 */
@Entity
@Immutable
@Table(name = "benchmark_snapshot")
public class BenchmarkSnapshot {

  @Id public UUID id;

  @Column(name = "template_code", nullable = false, updatable = false)
  public String templateCode;

  @Column(name = "period_start", nullable = false, updatable = false)
  public LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public PlatformCategory category;

  @Column(name = "size_band", updatable = false)
  public String sizeBand;

  @Column(name = "min_cohort", nullable = false, updatable = false)
  public int minCohort;

  @Column(name = "cohort_size", nullable = false, updatable = false)
  public int cohortSize;

  /** The benchmark as computed, canonical JSON of a {@link BenchmarkView}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String result;

  /** Canonical JSON of the {@link BenchmarkSnapshotInput}s, in filing version id order. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String inputs;

  /** SHA-256 of the canonical JSON of {@code {"inputs": …, "result": …}}. */
  @Column(nullable = false, updatable = false)
  public String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof BenchmarkSnapshot that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return BenchmarkSnapshot.class.hashCode();
  }
}
