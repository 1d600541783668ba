package io.carefile.review;

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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A query about one return, optionally about some of its fields, with a due date: the head of a
 * thread of {@link QueryMessage}s between the regulator's analysts and the platform.
 */
@Entity
@Table(name = "review_query")
public class Query {

  @Id public UUID id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  public UUID filingId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  /** The return's latest submitted version when the query was raised. */
  @Column(name = "version_number", nullable = false, updatable = false)
  public int versionNumber;

  @Column(nullable = false, updatable = false)
  public String subject;

  /** Codes of the template's fields the query is about, in the template's order. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "field_codes", nullable = false, updatable = false)
  public String[] fieldCodes;

  /** A day in the regulator's calendar. */
  @Column(name = "due_date", nullable = false, updatable = false)
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public QueryStatus status;

  @Column(name = "raised_by", nullable = false, updatable = false)
  public String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  public Instant raisedAt;

  @Column(name = "closed_by")
  public String closedBy;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "last_activity_at", nullable = false)
  public Instant lastActivityAt;

  @Version public long version;

  /** The query moved to {@code next} at {@code when}; closing it records who closed it. */
  void moved(QueryStatus next, String by, Instant when) {
    status = next;
    lastActivityAt = when;
    if (next == QueryStatus.CLOSED) {
      closedBy = by;
      closedAt = when;
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Query query && id != null && Objects.equals(id, query.id);
  }

  @Override
  public int hashCode() {
    return Query.class.hashCode();
  }
}
