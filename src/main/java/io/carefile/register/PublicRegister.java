package io.carefile.register;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.penalty.Money;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public register's reads, for anyone, signed in or not. Row-level security shows a caller
 * without a scope nothing, so every read goes through one of the {@code register_*} database
 * functions (V018, V023), which answer published decisions, and figures counted over platforms,
 * only; what may be published of the figures is {@link RegisterStatisticsPolicy}'s decision.
 * Nothing here reads a table.
 */
@ApplicationScoped
@Startup
public class PublicRegister {

  /** A reference as the register writes it: {@code ENF-2026-000123}. */
  private static final Pattern REFERENCE = Pattern.compile("ENF-(\\d{4})-(\\d{6,18})");

  private static final String DECISION_COLUMNS =
      "reference_year, reference_number, platform_name, decided_at, published_at, summary,"
          + " requirements, appeal_status::text, penalty_kind::text, penalty_amount,"
          + " penalty_currency::text, penalty_withdrawn, total";

  private final EntityManager entityManager;
  private final RegulatorCalendar calendar;
  private final RegisterStatisticsPolicy policy;

  PublicRegister(EntityManager entityManager, RegulatorCalendar calendar, RegisterConfig config) {
    this.entityManager = entityManager;
    this.calendar = calendar;
    this.policy = new RegisterStatisticsPolicy(config.minCohort());
  }

  /** Published decisions, the latest published first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PublishedDecision> decisions(PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select "
                    + DECISION_COLUMNS
                    + " from register_decisions(cast(:limit as integer), cast(:offset as integer))")
            .setParameter("limit", page.size)
            .setParameter("offset", page.offset())
            .getResultList();
    long total = rows.isEmpty() ? count() : ((Number) rows.getFirst()[12]).longValue();
    return Page.of(rows.stream().map(this::decision).toList(), page, total);
  }

  /** Every published decision, the latest published first: for the register's CSV. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PublishedDecision> allDecisions() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery("select " + DECISION_COLUMNS + " from register_decisions(null, 0)")
            .getResultList();
    return rows.stream().map(this::decision).toList();
  }

  /**
   * One published decision by its case's reference; an unknown reference, one not written as the
   * register writes it, and an unpublished case's are all empty alike.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PublishedDecision> decision(String reference) {
    Matcher parts = reference == null ? null : REFERENCE.matcher(reference);
    if (parts == null || !parts.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(parts.group(1));
    long number = Long.parseLong(parts.group(2));
    if (number < 1 || !String.format("ENF-%d-%06d", year, number).equals(reference)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select "
                    + DECISION_COLUMNS
                    + " from register_decision(cast(:year as integer), cast(:number as bigint))")
            .setParameter("year", year)
            .setParameter("number", number)
            .getResultList();
    return rows.stream().findFirst().map(this::decision);
  }

  /** The aggregate figures, each withheld where it is counted over fewer than k platforms. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RegisterStatistics statistics() {
    @SuppressWarnings("unchecked")
    List<Object[]> returns =
        entityManager
            .createNativeQuery(
                "select template_code, period_start, period_end, category, platforms, returns_due,"
                    + " returns_filed, filed_late, scored_platforms, median_total, green, amber,"
                    + " red from register_return_statistics(cast(:today as date))")
            .setParameter("today", Date.valueOf(calendar.today()))
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> enforcement =
        entityManager
            .createNativeQuery(
                "select opened_year, category, platforms, cases_opened, confirmed,"
                    + " closed_no_action, published from register_enforcement_statistics()")
            .getResultList();
    return new RegisterStatistics(
        policy.minCohort(),
        returns.stream().map(row -> policy.returns(returnFigures(row))).toList(),
        enforcement.stream().map(row -> policy.enforcement(enforcementFigures(row))).toList());
  }

  private long count() {
    Object total =
        entityManager
            .createNativeQuery("select count(*) from register_decisions(null, 0)")
            .getSingleResult();
    return ((Number) total).longValue();
  }

  private PublishedDecision decision(Object[] row) {
    return new PublishedDecision(
        String.format("ENF-%d-%06d", ((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
        (String) row[2],
        day(row[3]),
        day(row[4]),
        (String) row[5],
        ((Number) row[6]).intValue(),
        DecisionStanding.ofAppeal((String) row[7]),
        row[8] == null
            ? null
            : new PublishedPenalty(
                (String) row[8],
                new Money(
                    new BigDecimal(row[9].toString()), Currency.getInstance((String) row[10])),
                Boolean.TRUE.equals(row[11])));
  }

  private LocalDate day(Object timestamp) {
    Instant instant =
        switch (timestamp) {
          case Instant i -> i;
          case OffsetDateTime o -> o.toInstant();
          case java.sql.Timestamp t -> t.toInstant();
          default -> throw new IllegalStateException("Not a time: " + timestamp);
        };
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  private static ReturnFigures returnFigures(Object[] row) {
    return new ReturnFigures(
        (String) row[0],
        localDate(row[1]),
        localDate(row[2]),
        (String) row[3],
        count(row[4]),
        count(row[5]),
        count(row[6]),
        count(row[7]),
        count(row[8]),
        row[9] == null ? null : new BigDecimal(row[9].toString()),
        count(row[10]),
        count(row[11]),
        count(row[12]));
  }

  private static EnforcementFigures enforcementFigures(Object[] row) {
    return new EnforcementFigures(
        ((Number) row[0]).intValue(),
        (String) row[1],
        count(row[2]),
        count(row[3]),
        count(row[4]),
        count(row[5]),
        count(row[6]));
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
