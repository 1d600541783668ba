package io.carefile.audit;

import io.carefile.common.json.CanonicalJson;
import io.carefile.common.security.Caller;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Appends audit events inside the caller's transaction, so an event exists exactly when the change
 * it records was committed. Chaining happens later, in {@link AuditSequencer}, so that writers
 * never wait on one another for the chain head.
 */
@ApplicationScoped
public class AuditLog {

  /** The actor of changes made by the service itself (scheduled jobs, start-up). */
  public static final String SYSTEM_ACTOR = "system";

  private final EntityManager entityManager;
  private final Clock clock;
  private final Instance<Caller> caller;

  AuditLog(EntityManager entityManager, Clock clock, Instance<Caller> caller) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.caller = caller;
  }

  /** What changed: an action on an entity, with the new state whose digest is kept. */
  public record Entry(
      String action, String entityType, Object entityId, UUID platformId, Object newState) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public UUID append(Entry entry) {
    return append(UUID.randomUUID(), entry);
  }

  /**
   * Appends the event under an id chosen beforehand, for a record that names its own event (a
   * signed receipt names the event that logs its submission).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID append(UUID eventId, Entry entry) {
    AuditEvent event = new AuditEvent();
    event.id = eventId;
    event.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    event.actor = currentActor();
    event.platformId = entry.platformId();
    event.entityType = entry.entityType();
    event.entityId = String.valueOf(entry.entityId());
    event.action = entry.action();
    event.stateDigest = CanonicalJson.sha256(entry.newState());
    AuditPending pending = new AuditPending();
    pending.eventId = event.id;
    entityManager.persist(event);
    entityManager.persist(pending);
    return event.id;
  }

  private String currentActor() {
    if (!Arc.container().requestContext().isActive() || !caller.get().isAuthenticated()) {
      return SYSTEM_ACTOR;
    }
    Caller current = caller.get();
    return current.username() + " (" + current.subject() + ")";
  }
}
