package io.carefile.obligation;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.platform.PlatformService;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionSummary;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** What platforms must file and by when: generation, the overdue rule, waivers and reads. */
@ApplicationScoped
public class ObligationService {

  private final ObligationRepository obligations;
  private final TemplateService templates;
  private final PlatformService platforms;
  private final RegulatorCalendar calendar;
  private final AuditLog audit;
  private final EntityManager entityManager;
  private final Caller caller;
  private final Clock clock;

  ObligationService(
      ObligationRepository obligations,
      TemplateService templates,
      PlatformService platforms,
      RegulatorCalendar calendar,
      AuditLog audit,
      EntityManager entityManager,
      Caller caller,
      Clock clock) {
    this.obligations = obligations;
    this.templates = templates;
    this.platforms = platforms;
    this.calendar = calendar;
    this.audit = audit;
    this.entityManager = entityManager;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ObligationView> list(ObligationFilter filter, PageRequest page) {
    if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
      throw new ProblemException(
          ObligationProblems.INVALID_DATE_RANGE,
          "'from' must not be after 'to'",
          List.of(new Problem.FieldError("from", "must be on or before " + filter.to)));
    }
    Conditions where =
        Conditions.where()
            .and("periodEnd >= :from", "from", filter.from)
            .and("periodStart <= :to", "to", filter.to)
            .and("status = :status", "status", filter.wantedStatus())
            .and("templateCode = :templateCode", "templateCode", filter.templateCode)
            .and("platformId = :platformId", "platformId", filter.platformId);
    return obligations
        .pageVisible(
            where.query(),
            Sort.by("dueDate").and("templateCode").and("platformId"),
            where.parameters(),
            page)
        .map(ObligationView::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ObligationView get(UUID id) {
    return ObligationView.of(obligations.getVisible(id));
  }

  /** The obligations among {@code ids} that the caller may see, by id, in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, ObligationView> getAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return obligations.listVisible("id in :ids", Sort.empty(), Map.of("ids", ids)).stream()
        .collect(Collectors.toMap(obligation -> obligation.id, ObligationView::of));
  }

  /**
   * The obligations the caller may see that are still to be filed (OPEN or OVERDUE: neither
   * fulfilled nor waived) and were due on or before the day, oldest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ObligationView> unfiledDueOnOrBefore(LocalDate day) {
    return obligations
        .listVisible(
            "status in :unfiled and dueDate <= :day",
            Sort.by("dueDate").and("id"),
            Map.of("unfiled", List.of(ObligationStatus.OPEN, ObligationStatus.OVERDUE), "day", day))
        .stream()
        .map(ObligationView::of)
        .toList();
  }

  /**
   * The obligation a return is filed against, if the caller may see it, locked until the filing's
   * transaction ends so that a waiver and a submission never cross.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ObligationView lockForFiling(UUID id) {
    return ObligationView.of(obligations.getVisibleForUpdate(id));
  }

  /**
   * A return was submitted for the obligation: it is fulfilled, late or not. Called in the
   * transaction that locked the obligation through {@link #lockForFiling}, so it is already known
   * to be the caller's.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void fulfil(UUID id) {
    Obligation obligation = obligations.getVisible(id);
    if (obligation.status == ObligationStatus.FULFILLED) {
      return;
    }
    obligation.status = ObligationStatus.FULFILLED;
    obligations.flush();
    audit.append(
        new AuditLog.Entry(
            "obligation.fulfilled",
            "Obligation",
            id,
            obligation.platformId,
            ObligationView.of(obligation)));
  }

  /**
   * Creates the period's obligation for every active platform the template's latest version covers.
   * Idempotent, also across replicas: the unique (platform, template, period) constraint decides,
   * and a second run creates nothing.
   */
  @Transactional
  public ObligationGenerationResult generate(String templateCode, LocalDate periodStart) {
    TemplateVersionSummary template =
        templates.latestVersions().stream()
            .filter(candidate -> candidate.code().equals(templateCode))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("Template", templateCode));
    ReportingPeriod period;
    try {
      period = ReportingPeriod.startingOn(template.periodType(), periodStart);
    } catch (IllegalArgumentException e) {
      throw ProblemException.onField(
          ObligationProblems.INVALID_PERIOD, e.getMessage(), "periodStart", e.getMessage());
    }
    return generate(template, period);
  }

  /** The scheduled run: each template's most recently ended period. */
  @Transactional
  public List<ObligationGenerationResult> generateForEndedPeriods() {
    LocalDate today = calendar.today();
    return templates.latestVersions().stream()
        .map(
            template ->
                generate(template, ReportingPeriod.lastEndedBefore(template.periodType(), today)))
        .toList();
  }

  /**
   * An obligation whose due date has already passed (a late generation, a period generated after
   * the fact) is OVERDUE from the moment it exists, with the event the overdue rule would write.
   */
  private ObligationGenerationResult generate(
      TemplateVersionSummary template, ReportingPeriod period) {
    LocalDate dueDate = period.dueDate(template.dueOffsetDays());
    // The overdue rule of markOverdue: the due date is before today in the regulator's calendar.
    ObligationStatus status =
        dueDate.isBefore(calendar.today()) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
    List<UUID> platformIds = platforms.activePlatformsIn(template.categories());
    Instant now = Instant.now(clock);
    int created = 0;
    for (UUID platformId : platformIds) {
      UUID id = UUID.randomUUID();
      boolean inserted =
          entityManager
              .unwrap(Session.class)
              .doReturningWork(
                  connection ->
                      insertIfAbsent(
                          connection, id, platformId, template, period, dueDate, status, now));
      if (inserted) {
        created++;
        ObligationView view = ObligationView.of(obligations.getVisible(id));
        audit.append(
            new AuditLog.Entry("obligation.generated", "Obligation", id, platformId, view));
        if (status == ObligationStatus.OVERDUE) {
          audit.append(
              new AuditLog.Entry("obligation.overdue", "Obligation", id, platformId, view));
        }
      }
    }
    return new ObligationGenerationResult(
        template.code(),
        template.version(),
        period.start(),
        period.end(),
        dueDate,
        created,
        platformIds.size() - created);
  }

  private static boolean insertIfAbsent(
      Connection connection,
      UUID id,
      UUID platformId,
      TemplateVersionSummary template,
      ReportingPeriod period,
      LocalDate dueDate,
      ObligationStatus status,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into obligation (id, platform_id, template_code, template_version,"
                + " period_start, period_end, due_date, status, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                + " on conflict (platform_id, template_code, period_start) do nothing")) {
      insert.setObject(1, id);
      insert.setObject(2, platformId);
      insert.setString(3, template.code());
      insert.setInt(4, template.version());
      insert.setDate(5, Date.valueOf(period.start()));
      insert.setDate(6, Date.valueOf(period.end()));
      insert.setDate(7, Date.valueOf(dueDate));
      insert.setString(8, status.name());
      insert.setTimestamp(9, Timestamp.from(now));
      return insert.executeUpdate() == 1;
    }
  }

  /**
   * Moves OPEN obligations whose due date has passed (in the regulator's calendar) to OVERDUE. Safe
   * on several replicas at once: each row changes, and is audited, exactly once.
   */
  @Transactional
  public int markOverdue() {
    LocalDate today = calendar.today();
    List<Obligation> due =
        // SKIP LOCKED: rows another replica is already moving are left to it.
        obligations.lockVisibleSkippingLocked(
            "status = :open and dueDate < :today",
            Map.of("open", ObligationStatus.OPEN, "today", today));
    for (Obligation obligation : due) {
      obligation.status = ObligationStatus.OVERDUE;
      entityManager.flush();
      audit.append(
          new AuditLog.Entry(
              "obligation.overdue",
              "Obligation",
              obligation.id,
              obligation.platformId,
              ObligationView.of(obligation)));
    }
    return due.size();
  }

  /** A regulator's exemption; only an obligation still to be filed can be waived. */
  @Transactional
  public ObligationView waive(UUID id, ObligationWaiver waiver) {
    Obligation obligation = obligations.getVisible(id);
    if (obligation.version != waiver.expectedVersion()) {
      throw ProblemException.staleVersion(
          "Obligation", id, obligation.version, waiver.expectedVersion());
    }
    if (obligation.status != ObligationStatus.OPEN
        && obligation.status != ObligationStatus.OVERDUE) {
      throw new ProblemException(
          ObligationProblems.OBLIGATION_NOT_WAIVABLE,
          "Obligation " + id + " is " + obligation.status + " and can no longer be waived");
    }
    obligation.status = ObligationStatus.WAIVED;
    obligation.waiverReason = waiver.reason();
    obligation.waivedBy = caller.username();
    obligation.waivedAt = Instant.now(clock);
    obligations.flush();
    ObligationView waived = ObligationView.of(obligation);
    audit.append(
        new AuditLog.Entry("obligation.waived", "Obligation", id, obligation.platformId, waived));
    return waived;
  }
}
