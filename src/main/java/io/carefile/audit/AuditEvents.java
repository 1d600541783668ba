package io.carefile.audit;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail as a list: the events in the caller's scope (row-level security on {@code
 * audit_event} as the second line), each with its chain link once the sequencer has made it.
 */
@ApplicationScoped
public class AuditEvents {

  private record Link(long sequence, String previousHash, String hash) {}

  private final AuditEventRepository events;
  private final EntityManager entityManager;

  AuditEvents(AuditEventRepository events, EntityManager entityManager) {
    this.events = events;
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEventView> list(AuditEventFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("platformId = :platformId", "platformId", filter.platformId)
            .and("entityType = :entityType", "entityType", filter.wantedEntityType())
            .and("entityId = :entityId", "entityId", filter.wantedEntityId())
            .and("action = :action", "action", filter.wantedAction());
    Page<AuditEvent> found = events.page(where, page);
    Map<UUID, Link> links = linksOf(found.items().stream().map(event -> event.id).toList());
    return found.map(
        event -> {
          Link link = links.get(event.id);
          return new AuditEventView(
              link == null ? null : link.sequence(),
              event.id,
              event.occurredAt,
              event.actor,
              event.platformId,
              event.entityType,
              event.entityId,
              event.action,
              event.stateDigest,
              link == null ? null : link.previousHash(),
              link == null ? null : link.hash());
        });
  }

  /**
   * The chain links of these events, by event id. The chain holds only ids and hashes and is
   * unscoped (the verifier reads it whole): the events were read in the caller's scope.
   */
  private Map<UUID, Link> linksOf(List<UUID> eventIds) {
    Map<UUID, Link> links = new HashMap<>();
    if (eventIds.isEmpty()) {
      return links;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select event_id, seq, prev_hash, hash from audit_chain_link"
                    + " where event_id in (:events)")
            .setParameter("events", eventIds)
            .getResultList();
    for (Object[] row : rows) {
      links.put(
          (UUID) row[0], new Link(((Number) row[1]).longValue(), (String) row[2], (String) row[3]));
    }
    return links;
  }
}
