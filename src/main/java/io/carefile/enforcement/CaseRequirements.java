package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.common.time.RegulatorCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The requirements of a confirmation decision: the platform marks one done, an officer verifies it
 * ({@link RequirementPolicy}). Each step locks the case (so that an appeal's outcome and a step on
 * its requirements happen one after the other), is refused on a stale requirement version, and is
 * kept in the case's history and the audit log.
 */
@ApplicationScoped
public class CaseRequirements {

  private final CaseRepository cases;
  private final RequirementRepository requirements;
  private final CaseHistory history;
  private final RegulatorCalendar calendar;
  private final Caller caller;

  CaseRequirements(
      CaseRepository cases,
      RequirementRepository requirements,
      CaseHistory history,
      RegulatorCalendar calendar,
      Caller caller) {
    this.cases = cases;
    this.requirements = requirements;
    this.history = history;
    this.calendar = calendar;
    this.caller = caller;
  }

  /** The platform says the requirement is done. */
  @Transactional
  public RequirementView complete(
      UUID caseId, UUID requirementId, RequirementCompletion completion) {
    EnforcementCase c = cases.getVisibleForUpdate(caseId);
    Requirement requirement = requirements.getOf(caseId, requirementId);
    requireVersion(requirement, completion.expectedVersion());
    if (!RequirementPolicy.mayComplete(requirement.status, c.appeal())) {
      throw refused(c, requirement, "marked done");
    }
    requirement.status = RequirementStatus.COMPLETED;
    requirement.completedBy = caller.username();
    requirement.completedAt = history.now();
    requirement.completionNote = completion.note();
    requirements.flush();
    RequirementView view = RequirementView.of(requirement);
    boolean late = calendar.today().isAfter(requirement.dueDate);
    history.record(
        c,
        CaseAction.REQUIREMENT_COMPLETED,
        c.stage,
        caller.username(),
        completion.note(),
        "Requirement "
            + requirement.position
            + " marked done"
            + (late ? " after its due date" : ""),
        requirement.id,
        view);
    return view;
  }

  /** An officer verifies that a completed requirement is done. */
  @Transactional
  public RequirementView verify(
      UUID caseId, UUID requirementId, RequirementVerification verification) {
    EnforcementCase c = cases.getVisibleForUpdate(caseId);
    Requirement requirement = requirements.getOf(caseId, requirementId);
    requireVersion(requirement, verification.expectedVersion());
    if (!RequirementPolicy.mayVerify(requirement.status, c.appeal())) {
      throw refused(c, requirement, "verified");
    }
    requirement.status = RequirementStatus.VERIFIED;
    requirement.verifiedBy = caller.username();
    requirement.verifiedAt = history.now();
    requirement.verificationNote = verification.note();
    requirements.flush();
    RequirementView view = RequirementView.of(requirement);
    history.record(
        c,
        CaseAction.REQUIREMENT_VERIFIED,
        c.stage,
        caller.username(),
        verification.note(),
        "Requirement " + requirement.position + " verified",
        requirement.id,
        view);
    return view;
  }

  private static ProblemException refused(EnforcementCase c, Requirement requirement, String step) {
    return ProblemException.notAllowedFrom(
        EnforcementProblems.REQUIREMENT_STEP_NOT_ALLOWED,
        "Requirement "
            + requirement.position
            + " of case "
            + c.reference()
            + " is "
            + requirement.status
            + (c.appealStatus == AppealStatus.UPHELD
                ? " and the decision was set aside on appeal"
                : "")
            + ": it cannot be "
            + step,
        RequirementPolicy.nextStatuses(requirement.status, c.appeal()).stream()
            .map(Enum::name)
            .toList());
  }

  private static void requireVersion(Requirement requirement, long expected) {
    if (requirement.version != expected) {
      throw ProblemException.staleVersion(
          "Requirement", requirement.id, requirement.version, expected);
    }
  }
}
