package io.carefile.penalty;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.tenancy.TenantScope;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.platform.PlatformService;
import io.carefile.template.PeriodType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A platform's late-filing points as they stand today, replayed from the ledger's decisions, and
 * the decisions themselves. A platform's callers read their own; regulators name the platform.
 */
@ApplicationScoped
public class PenaltyPointsQueries {

  private final LateFilingLedger ledger;
  private final LateFilingPointsPolicy policy;
  private final RegulatorCalendar calendar;
  private final Caller caller;
  private final TenantScope scope;
  private final PlatformService platforms;

  PenaltyPointsQueries(
      LateFilingLedger ledger,
      PenaltyRules rules,
      RegulatorCalendar calendar,
      Caller caller,
      TenantScope scope,
      PlatformService platforms) {
    this.ledger = ledger;
    this.policy = rules.latePoints();
    this.calendar = calendar;
    this.caller = caller;
    this.scope = scope;
    this.platforms = platforms;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PenaltyPointsView pointsOf(PenaltyPointsFilter filter, PageRequest page) {
    UUID platformId = platformOf(filter);
    List<LateSubmission> history =
        ledger.decisionsOf(platformId).stream().map(LateFilingLedgerEntry::asSubmission).toList();
    LocalDate today = calendar.today();
    List<PointsStandingView> standings =
        Arrays.stream(PeriodType.values())
            .map(type -> PointsStandingView.of(policy.standing(history, type, today)))
            .toList();
    return new PenaltyPointsView(
        platformId,
        today,
        standings,
        ledger.pageOf(platformId, page).map(LateFilingDecisionView::of));
  }

  private UUID platformOf(PenaltyPointsFilter filter) {
    if (caller.isRegulator()) {
      if (filter.platformId == null) {
        throw ProblemException.onField(
            PenaltyProblems.POINTS_PLATFORM_REQUIRED,
            "A regulator reads one platform's penalty points at a time: name it",
            "platformId",
            "is required for regulators");
      }
      platforms.get(filter.platformId);
      return filter.platformId;
    }
    UUID own = filter.platformId == null ? caller.platformId() : filter.platformId;
    if (own == null) {
      throw ProblemException.forbidden("Only a platform's callers and regulators read points");
    }
    scope.requireInScope(own);
    return own;
  }
}
