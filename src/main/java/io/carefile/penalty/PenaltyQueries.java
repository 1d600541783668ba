package io.carefile.penalty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What callers may read of penalties: the list and one penalty in full. A platform reads only its
 * own (another's is not found), the regulator every one.
 */
@ApplicationScoped
public class PenaltyQueries {

  /** Newest first; the id keeps pages stable. */
  static final Sort LIST_ORDER = Sort.by("issuedAt", Sort.Direction.Descending).and("id");

  private final PenaltyRepository penalties;
  private final PenaltyPaymentRepository payments;
  private final PenaltyEventRepository events;
  private final ObjectMapper json;

  PenaltyQueries(
      PenaltyRepository penalties,
      PenaltyPaymentRepository payments,
      PenaltyEventRepository events,
      ObjectMapper json) {
    this.penalties = penalties;
    this.payments = payments;
    this.events = events;
    this.json = json;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PenaltySummary> list(PenaltyFilter filter, PageRequest page) {
    return listed(filter, page).map(PenaltySummary::of);
  }

  /**
   * The same list as {@link #list} with each penalty's payments summed, for the penalties export:
   * one query for the page's payments.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PenaltyRegisterRow> register(PenaltyFilter filter, PageRequest page) {
    Page<Penalty> listed = listed(filter, page);
    Map<UUID, List<PenaltyPayment>> paid =
        listed.items().isEmpty()
            ? Map.of()
            : payments
                .listVisible(
                    "penaltyId in :penalties",
                    Sort.by("receivedOn").and("id"),
                    Map.of("penalties", listed.items().stream().map(p -> p.id).toList()))
                .stream()
                .collect(Collectors.groupingBy(payment -> payment.penaltyId));
    return listed.map(
        p -> {
          List<PenaltyPayment> received = paid.getOrDefault(p.id, List.of());
          Money total =
              received.stream()
                  .map(PenaltyPayment::amount)
                  .reduce(Money.zero(p.amount().currency()), Money::plus);
          return new PenaltyRegisterRow(
              p.id,
              p.platformId,
              p.caseId,
              p.kind,
              p.status,
              p.amount(),
              total,
              p.balance(),
              received.size(),
              received.isEmpty() ? null : received.getLast().receivedOn,
              p.dueDate,
              p.issuedAt);
        });
  }

  private Page<Penalty> listed(PenaltyFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("status = :status", "status", filter.wantedStatus())
            .and("platformId = :platformId", "platformId", filter.platformId)
            .and("caseId = :caseId", "caseId", filter.caseId);
    return penalties.pageVisible(where.query(), LIST_ORDER, where.parameters(), page);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PenaltyView get(UUID id) {
    return view(penalties.getVisible(id));
  }

  /** The penalty a case's decision imposed, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UUID> ofCase(UUID caseId) {
    return penalties.firstVisible("caseId = :case", Map.of("case", caseId)).map(p -> p.id);
  }

  PenaltyView view(Penalty p) {
    return new PenaltyView(
        p.id,
        p.platformId,
        p.caseId,
        p.kind,
        p.amount(),
        p.balance(),
        p.status,
        p.dueDate,
        read(p.calculation),
        read(p.inputs),
        p.issuedBy,
        p.issuedAt,
        PenaltyLifecycle.officerSteps(p.status),
        payments
            .listVisible(
                "penaltyId = :penalty", Sort.by("recordedAt").and("id"), Map.of("penalty", p.id))
            .stream()
            .map(PaymentView::of)
            .toList(),
        events.listVisible("penaltyId = :penalty", Sort.by("seq"), Map.of("penalty", p.id)).stream()
            .map(PenaltyEventView::of)
            .toList(),
        p.version);
  }

  private JsonNode read(String stored) {
    try {
      return json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored penalty calculation could not be read", e);
    }
  }
}
