package io.carefile.penalty;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.carefile.common.tenancy.TenantScope;
import io.carefile.template.PeriodType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The ledger of late-filing decisions ({@code late_filing_decision}, V019) and the late original
 * submissions it decides ({@code late_original_submission}). Scoped as every platform-owned table;
 * the one read across platforms, {@link #platformsWithUndecided}, is the job's, in system work.
 */
@ApplicationScoped
public class LateFilingLedger extends PlatformScopedRepository<LateFilingLedgerEntry> {

  private static final Sort IN_SUBMISSION_ORDER = Sort.by("submittedAt").and("accessionNumber");

  @Inject EntityManager entities;
  @Inject TenantScope scope;

  LateFilingLedger() {
    super(
        LateFilingLedgerEntry.class,
        "Late-filing decision",
        "platformId",
        entry -> entry.platformId);
  }

  /**
   * The key a fixed penalty is issued under: the platform, the tally and the late submission whose
   * decision crossed or stood at the threshold. One decision per submission, so one key each.
   */
  static String penaltyKey(UUID platformId, PeriodType periodType, String accessionNumber) {
    return "late-filing-points/" + platformId + "/" + periodType + "/" + accessionNumber;
  }

  /**
   * The platforms with a late original submission the ledger has no decision for: the job's
   * anti-join. Every platform's, so only in a scope that sees every platform (system work); any
   * other scope is refused here, and row-level security would show it only its own.
   */
  List<UUID> platformsWithUndecided() {
    if (!scope.current().all()) {
      throw new IllegalStateException("Only work for every platform lists every platform");
    }
    @SuppressWarnings("unchecked")
    List<UUID> platforms =
        entities
            .createNativeQuery(
                "select distinct s.platform_id from late_original_submission s"
                    + " where not exists (select 1 from late_filing_decision d"
                    + " where d.filing_version_id = s.filing_version_id)",
                UUID.class)
            .getResultList();
    return platforms;
  }

  /**
   * Holds, until the transaction ends, the right to decide this platform's late submissions: a
   * second run deciding the same platform waits here, then finds the first one's decisions.
   */
  void lockPlatform(UUID platformId) {
    lockUntilTransactionEnds(platformId, "penalty-points");
  }

  /** The platform's late original submissions, decided or not, in the order they were made. */
  List<LateOriginalSubmission> lateOriginals(UUID platformId) {
    @SuppressWarnings("unchecked")
    NativeQuery<Object[]> query =
        nativeQuery(
                platformId,
                "select filing_version_id, filing_id, platform_id, accession_number,"
                    + " template_code, period_type, submitted_at from late_original_submission"
                    + " where platform_id = :platform order by submitted_at, accession_number")
            .unwrap(NativeQuery.class);
    return query
        .addScalar("filing_version_id", StandardBasicTypes.UUID)
        .addScalar("filing_id", StandardBasicTypes.UUID)
        .addScalar("platform_id", StandardBasicTypes.UUID)
        .addScalar("accession_number", StandardBasicTypes.STRING)
        .addScalar("template_code", StandardBasicTypes.STRING)
        .addScalar("period_type", StandardBasicTypes.STRING)
        .addScalar("submitted_at", StandardBasicTypes.INSTANT)
        .getResultList()
        .stream()
        .map(
            row ->
                new LateOriginalSubmission(
                    (UUID) row[0],
                    (UUID) row[1],
                    (UUID) row[2],
                    (String) row[3],
                    (String) row[4],
                    PeriodType.valueOf((String) row[5]),
                    (Instant) row[6]))
        .toList();
  }

  /** The platform's decisions, in the order of their submissions. */
  List<LateFilingLedgerEntry> decisionsOf(UUID platformId) {
    return listVisible(
        "platformId = :platform", IN_SUBMISSION_ORDER, Map.of("platform", platformId));
  }

  /** A page of the platform's decisions, newest submission first. */
  Page<LateFilingLedgerEntry> pageOf(UUID platformId, PageRequest page) {
    return pageVisible(
        "platformId = :platform",
        Sort.descending("submittedAt", "accessionNumber"),
        Map.of("platform", platformId),
        page);
  }

  /**
   * Records a decision unless the submission has one already ({@code on conflict do nothing}).
   *
   * @return true when this call recorded it
   */
  boolean record(LateFilingLedgerEntry entry) {
    @SuppressWarnings("unchecked")
    NativeQuery<Object> insert =
        nativeQuery(
                entry.platformId,
                "insert into late_filing_decision (id, platform_id, filing_id, filing_version_id,"
                    + " accession_number, template_code, period_type, submitted_at, submitted_on,"
                    + " point_awarded, points_before, points_after, threshold, fixed_penalty_due,"
                    + " fixed_penalty_amount, fixed_penalty_currency, fixed_penalty_key,"
                    + " explanation, decided_at) values (:id, :platform, :filing, :version,"
                    + " :accession, :template, :periodType, :submittedAt, :submittedOn, :point,"
                    + " :before, :after, :threshold, :penaltyDue, :amount, :currency, :key,"
                    + " :explanation, :decidedAt) on conflict do nothing")
            .unwrap(NativeQuery.class);
    return insert
            .setParameter("id", entry.id, StandardBasicTypes.UUID)
            .setParameter("filing", entry.filingId, StandardBasicTypes.UUID)
            .setParameter("version", entry.filingVersionId, StandardBasicTypes.UUID)
            .setParameter("accession", entry.accessionNumber, StandardBasicTypes.STRING)
            .setParameter("template", entry.templateCode, StandardBasicTypes.STRING)
            .setParameter("periodType", entry.periodType.name(), StandardBasicTypes.STRING)
            .setParameter("submittedAt", entry.submittedAt, StandardBasicTypes.INSTANT)
            .setParameter("submittedOn", entry.submittedOn, StandardBasicTypes.LOCAL_DATE)
            .setParameter("point", entry.pointAwarded, StandardBasicTypes.BOOLEAN)
            .setParameter("before", entry.pointsBefore, StandardBasicTypes.INTEGER)
            .setParameter("after", entry.pointsAfter, StandardBasicTypes.INTEGER)
            .setParameter("threshold", entry.threshold, StandardBasicTypes.INTEGER)
            .setParameter("penaltyDue", entry.fixedPenaltyDue, StandardBasicTypes.BOOLEAN)
            .setParameter("amount", entry.fixedPenaltyAmount, StandardBasicTypes.BIG_DECIMAL)
            .setParameter("currency", entry.fixedPenaltyCurrency, StandardBasicTypes.STRING)
            .setParameter("key", entry.fixedPenaltyKey, StandardBasicTypes.STRING)
            .setParameter("explanation", entry.explanation, StandardBasicTypes.STRING)
            .setParameter("decidedAt", entry.decidedAt, StandardBasicTypes.INSTANT)
            .executeUpdate()
        == 1;
  }
}
