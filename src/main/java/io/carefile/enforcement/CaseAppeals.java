package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.penalty.PenaltyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The appeal against a confirmation decision, as an officer records it ({@link AppealPolicy}):
 * lodged once, then UPHELD or DISMISSED for good. It does not move the case's stage; the decision's
 * penalty is APPEALED meanwhile, withdrawn when the appeal is upheld ({@link PenaltyService}).
 */
@ApplicationScoped
public class CaseAppeals {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final CaseQueries queries;
  private final PenaltyService penalties;
  private final Caller caller;

  CaseAppeals(
      CaseRepository cases,
      CaseHistory history,
      CaseQueries queries,
      PenaltyService penalties,
      Caller caller) {
    this.penalties = penalties;
    this.cases = cases;
    this.history = history;
    this.queries = queries;
    this.caller = caller;
  }

  @Transactional
  public CaseView lodge(UUID id, AppealLodging lodging) {
    EnforcementCase c = cases.getVisibleForUpdate(id);
    CaseService.requireVersion(c, lodging.expectedVersion());
    if (!AppealPolicy.mayLodge(c.stage, c.appeal())) {
      throw new ProblemException(
          EnforcementProblems.APPEAL_NOT_ALLOWED,
          "Case "
              + c.reference()
              + (c.appealStatus != null
                  ? " was appealed already (" + c.appealStatus + ")"
                  : " is " + c.stage + ": only a confirmation decision can be appealed"));
    }
    c.appealStatus = AppealStatus.LODGED;
    c.appealGrounds = lodging.grounds();
    c.appealLodgedBy = caller.username();
    c.appealLodgedAt = history.now();
    penalties.appealLodged(c.id);
    cases.flush();
    CaseView view = queries.view(c);
    history.record(
        c,
        CaseAction.APPEAL_LODGED,
        c.stage,
        caller.username(),
        lodging.grounds(),
        "Appeal lodged",
        null,
        view);
    return view;
  }

  @Transactional
  public CaseView decide(UUID id, AppealDecision decision) {
    EnforcementCase c = cases.getVisibleForUpdate(id);
    CaseService.requireVersion(c, decision.expectedVersion());
    List<AppealStatus> outcomes = AppealPolicy.outcomesFrom(c.appeal());
    if (!outcomes.contains(decision.outcome().status())) {
      throw ProblemException.notAllowedFrom(
          EnforcementProblems.APPEAL_OUTCOME_NOT_ALLOWED,
          "Case "
              + c.reference()
              + (c.appealStatus == null
                  ? " has no appeal"
                  : "'s appeal was " + c.appealStatus.name().toLowerCase() + " already"),
          outcomes.stream().map(Enum::name).toList());
    }
    c.appealStatus = decision.outcome().status();
    c.appealOutcomeText = decision.text();
    c.appealDecidedBy = caller.username();
    c.appealDecidedAt = history.now();
    if (c.appealStatus == AppealStatus.UPHELD) {
      penalties.appealUpheld(c.id);
    } else {
      penalties.appealDismissed(c.id);
    }
    cases.flush();
    CaseView view = queries.view(c);
    history.record(
        c,
        CaseAction.APPEAL_DECIDED,
        c.stage,
        caller.username(),
        decision.text(),
        "Appeal " + c.appealStatus.name().toLowerCase(),
        null,
        view);
    return view;
  }
}
