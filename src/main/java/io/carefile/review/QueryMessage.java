package io.carefile.review;

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

/**
 * One message of a query's thread. Written once and never changed; the database refuses updates and
 * deletes as well.
 */
@Entity
@Immutable
@Table(name = "review_query_message")
public class QueryMessage {

  @Id public UUID id;

  @Column(name = "query_id", nullable = false, updatable = false)
  public UUID queryId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  /** 1, 2, … in the order the thread's messages were written. */
  @Column(nullable = false, updatable = false)
  public int number;

  @Column(name = "author_username", nullable = false, updatable = false)
  public String authorUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public QuerySide side;

  @Column(nullable = false, updatable = false)
  public String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  public Instant sentAt;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof QueryMessage message && id != null && Objects.equals(id, message.id);
  }

  @Override
  public int hashCode() {
    return QueryMessage.class.hashCode();
  }
}
