package io.carefile.scoring;

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

/**
 * An analyst's override of the band of one scored version, or one carried onto a later version by
 * an amendment. What it says never changes; only its state moves on, as {@link ScoreOverridePolicy}
 * allows and the database's trigger enforces (V012).
 */
@Entity
@Table(name = "score_override")
public class ScoreOverride {

  @Id public UUID id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  /** The scored version whose band this overrides. */
  @Column(name = "version_number", nullable = false, updatable = false)
  public int versionNumber;

  /** 1, 2, 3… per filing, in the order the overrides were made. */
  @Column(nullable = false, updatable = false)
  public int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "computed_band", nullable = false, updatable = false)
  public ScoreBand computedBand;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public ScoreBand band;

  @Column(name = "reason_code", nullable = false, updatable = false)
  public String reasonCode;

  /** The reason's label as configured when the override was made. */
  @Column(name = "reason_label", nullable = false, updatable = false)
  public String reasonLabel;

  @Column(nullable = false, updatable = false)
  public String comment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ScoreOverrideState state;

  /** The override of the previous version this one was carried from, or null. */
  @Column(name = "carried_from_id", updatable = false)
  public UUID carriedFromId;

  /** The version that override applied to, or null. */
  @Column(name = "carried_from_version", updatable = false)
  public Integer carriedFromVersion;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "reconfirmed_by")
  public String reconfirmedBy;

  @Column(name = "reconfirmed_at")
  public Instant reconfirmedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  /** Set before it is stored ({@link ScoreOverridePolicy#firstVersion}); one more per change. */
  @Version public long version;

  /** Moves it to {@code next}, a final state, by {@code who} at {@code when}. */
  void resolve(ScoreOverrideState next, String who, Instant when) {
    state = next;
    resolvedBy = who;
    resolvedAt = when;
  }

  /** Re-confirmed by an analyst: ACTIVE for the version it was carried onto. */
  void reconfirm(String who, Instant when) {
    state = ScoreOverrideState.ACTIVE;
    reconfirmedBy = who;
    reconfirmedAt = when;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ScoreOverride that && id != null && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return ScoreOverride.class.hashCode();
  }
}
