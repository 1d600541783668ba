package io.carefile.enforcement;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.ProblemCode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.obligation.ObligationService;
import io.carefile.penalty.CalculatedPenalty;
import io.carefile.penalty.PenaltyIssuing;
import io.carefile.platform.PlatformService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opening cases and moving them through {@link CaseLifecycle}. Each change happens in one
 * transaction with its history entry and its audit event ({@link CaseHistory}), or not at all; the
 * case's row is locked for it, and a stale {@code expectedVersion} refuses it. No open case shares
 * a ground's key with another: opening one on a key holds the key until its transaction ends
 * ({@link CaseGroundRepository#lockKey}), and the database's partial unique index backs that.
 */
@ApplicationScoped
public class CaseService {

  private final CaseRepository cases;
  private final CaseGroundRepository grounds;
  private final RequirementRepository requirements;
  private final CaseHistory history;
  private final CaseQueries queries;
  private final PlatformService platforms;
  private final ObligationService obligations;
  private final FilingQueries filings;
  private final RegulatorCalendar calendar;
  private final PenaltyIssuing issuing;
  private final Instance<Caller> caller;

  CaseService(
      CaseRepository cases,
      CaseGroundRepository grounds,
      RequirementRepository requirements,
      CaseHistory history,
      CaseQueries queries,
      PlatformService platforms,
      ObligationService obligations,
      FilingQueries filings,
      RegulatorCalendar calendar,
      PenaltyIssuing issuing,
      Instance<Caller> caller) {
    this.cases = cases;
    this.grounds = grounds;
    this.requirements = requirements;
    this.history = history;
    this.queries = queries;
    this.platforms = platforms;
    this.obligations = obligations;
    this.filings = filings;
    this.calendar = calendar;
    this.issuing = issuing;
    this.caller = caller;
  }

  /**
   * An officer opens a case on grounds: at least one, each with what its kind links, linking only
   * the platform's own records, none repeated, and none a ground an open case already has.
   */
  @Transactional
  public CaseView open(CaseOpening opening) {
    UUID platformId = platforms.get(opening.platformId()).id();
    List<GroundInput> given = opening.grounds();
    if (given.isEmpty()) {
      throw ProblemException.onField(
          EnforcementProblems.CASE_GROUNDS_REQUIRED,
          "A case is opened on at least one ground; nothing was opened",
          "grounds",
          "must hold at least one ground");
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      GroundInput ground = given.get(i);
      String at = "grounds[" + i + "]";
      Optional<String> missing =
          EnforcementGrounds.missing(
              ground.kind(),
              ground.obligationId(),
              ground.filingId(),
              ground.ruleId(),
              ground.finding());
      if (missing.isPresent()) {
        throw ProblemException.onField(
            EnforcementProblems.CASE_GROUND_INCOMPLETE,
            "A " + ground.kind() + " ground needs its " + missing.get() + "; nothing was opened",
            at + "." + missing.get(),
            "is required for a " + ground.kind() + " ground");
      }
      requireOfPlatform(platformId, ground, at);
      String key = keyOf(platformId, ground).orElse(null);
      if (key != null && keys.contains(key)) {
        throw ProblemException.onField(
            EnforcementProblems.CASE_GROUND_REPEATED,
            "Ground " + i + " repeats ground " + keys.indexOf(key) + "; nothing was opened",
            at,
            "repeats an earlier ground");
      }
      keys.add(key);
    }
    lockKeys(platformId, keys);
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key == null) {
        continue;
      }
      Optional<CaseGround> open = grounds.openWithKey(key);
      if (open.isPresent()) {
        throw ProblemException.onField(
            EnforcementProblems.CASE_GROUND_ALREADY_OPEN,
            "Case "
                + cases.getVisible(open.get().caseId).reference()
                + " is open on this ground already; take it further there. Nothing was opened",
            "grounds[" + i + "]",
            "is a ground of an open case");
      }
    }
    return queries.view(
        create(
            platformId,
            CaseTrigger.OFFICER,
            caller.get().username(),
            opening.reason(),
            given,
            keys));
  }

  /**
   * A trigger opens a case on one ground, unless an open case has it already: then nothing happens.
   * Runs in the transaction of the event that fired the trigger.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Optional<CaseView> openOnTrigger(
      UUID platformId, CaseTrigger trigger, GroundInput ground, String reason) {
    String key =
        keyOf(platformId, ground)
            .orElseThrow(() -> new IllegalArgumentException("A trigger's ground has a key"));
    grounds.lockKey(platformId, key);
    if (grounds.openWithKey(key).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        queries.view(
            create(
                platformId,
                trigger,
                AuditLog.SYSTEM_ACTOR,
                reason,
                List.of(ground),
                List.of(key))));
  }

  /** An officer takes a step of the case's lifecycle. */
  @Transactional
  public CaseView step(UUID id, CaseTransition transition) {
    EnforcementCase c = cases.getVisibleForUpdate(id);
    requireVersion(c, transition.expectedVersion());
    CaseStep step = transition.step();
    CaseStage from = c.stage;
    CaseStage to =
        CaseLifecycle.after(from, step)
            .orElseThrow(
                () ->
                    ProblemException.notAllowedFrom(
                        EnforcementProblems.CASE_STEP_NOT_ALLOWED,
                        "Case "
                            + c.reference()
                            + " is "
                            + from
                            + ": "
                            + step
                            + " is not a step from there"
                            + (CaseLifecycle.isOpen(from) ? "" : "; the case is closed"),
                        CaseLifecycle.nextStages(from).stream().map(Enum::name).toList()));
    LocalDate today = calendar.today();
    List<CaseStepContent.Violation> violations =
        CaseStepContent.violations(
            step,
            transition.representationsDeadline(),
            transition.noticeGiven(),
            transition.requirements().stream().map(RequirementInput::dueDate).toList(),
            transition.penalty() != null,
            today);
    if (!violations.isEmpty()) {
      throw refusal(violations.getFirst(), step, today);
    }
    if (step == CaseStep.CONFIRM && !CaseLifecycle.mayConfirm(c.representationsDeadline, today)) {
      throw new ProblemException(
          EnforcementProblems.CONFIRMATION_BEFORE_DEADLINE,
          "Case "
              + c.reference()
              + " may be confirmed from "
              + c.representationsDeadline.plusDays(1)
              + ", once the platform's representations deadline ("
              + c.representationsDeadline
              + ") has passed");
    }
    CalculatedPenalty penalty =
        transition.penalty() == null ? null : issuing.calculate(transition.penalty(), "penalty.");
    Instant now = history.now();
    c.stage = to;
    String detail =
        switch (step) {
          case START_INVESTIGATION -> "Investigation started";
          case ISSUE_PROVISIONAL_NOTICE -> {
            c.noticeText = transition.noticeText();
            c.noticeIssuedAt = now;
            c.representationsDeadline = transition.representationsDeadline();
            yield "Provisional notice issued; representations until the end of "
                + c.representationsDeadline;
          }
          case CONFIRM -> {
            impose(c, transition.requirements());
            int count = transition.requirements().size();
            String imposed =
                count == 0
                    ? "Confirmed without requirements"
                    : "Confirmed with " + count + (count == 1 ? " requirement" : " requirements");
            yield penalty == null
                ? imposed
                : imposed + " and a penalty of " + penalty.calculation().amount();
          }
          case CLOSE_NO_ACTION -> "Closed without action";
        };
    if (!CaseLifecycle.isOpen(to)) {
      c.closedAt = now;
      grounds.of(c.id).forEach(ground -> ground.caseOpen = false);
    }
    cases.flush();
    if (penalty != null) {
      issuing.issue(
          c.platformId, c.id, penalty.type(), penalty.calculation(), penalty.inputs(), null);
    }
    CaseView view = queries.view(c);
    history.record(
        c,
        CaseAction.of(step),
        from,
        caller.get().username(),
        transition.reason(),
        detail,
        null,
        view);
    return view;
  }

  static void requireVersion(EnforcementCase c, long expected) {
    if (c.version != expected) {
      throw ProblemException.staleVersion("Enforcement case", c.id, c.version, expected);
    }
  }

  private EnforcementCase create(
      UUID platformId,
      CaseTrigger trigger,
      String actor,
      String reason,
      List<GroundInput> given,
      List<String> keys) {
    EnforcementCase c = new EnforcementCase();
    c.id = UUID.randomUUID();
    c.platformId = platformId;
    c.referenceYear = calendar.today().getYear();
    c.stage = CaseStage.OPEN;
    c.trigger = trigger;
    c.openedBy = actor;
    c.openedAt = history.now();
    c.openingReason = reason;
    cases.persist(c);
    cases.flush();
    cases.refresh(c);
    for (int i = 0; i < given.size(); i++) {
      GroundInput input = given.get(i);
      CaseGround ground = new CaseGround();
      ground.id = UUID.randomUUID();
      ground.caseId = c.id;
      ground.platformId = platformId;
      ground.position = i + 1;
      ground.kind = input.kind();
      ground.obligationId = input.obligationId();
      ground.filingId = input.filingId();
      ground.versionNumber = input.versionNumber();
      ground.ruleId = input.ruleId();
      ground.finding = input.finding();
      ground.groundKey = keys.get(i);
      ground.caseOpen = true;
      grounds.persist(ground);
    }
    grounds.flush();
    history.record(
        c,
        CaseAction.OPENED,
        null,
        actor,
        reason,
        "Opened "
            + c.reference()
            + (trigger == CaseTrigger.OFFICER ? "" : " by the " + trigger + " trigger")
            + " on "
            + given.stream().map(g -> g.kind().name()).collect(Collectors.joining(", ")),
        null,
        queries.view(c));
    return c;
  }

  private void impose(EnforcementCase c, List<RequirementInput> imposed) {
    for (int i = 0; i < imposed.size(); i++) {
      Requirement requirement = new Requirement();
      requirement.id = UUID.randomUUID();
      requirement.caseId = c.id;
      requirement.platformId = c.platformId;
      requirement.position = i + 1;
      requirement.text = imposed.get(i).text();
      requirement.dueDate = imposed.get(i).dueDate();
      requirement.status = RequirementStatus.OPEN;
      requirements.persist(requirement);
    }
  }

  /** Keys are taken in one order, so that two openings never wait on each other's. */
  private void lockKeys(UUID platformId, List<String> keys) {
    new TreeSet<>(keys.stream().filter(Objects::nonNull).toList())
        .forEach(key -> grounds.lockKey(platformId, key));
  }

  private static Optional<String> keyOf(UUID platformId, GroundInput ground) {
    return EnforcementGrounds.keyOf(
        platformId, ground.kind(), ground.obligationId(), ground.filingId(), ground.ruleId());
  }

  /** A linked obligation or return must be the platform's, and a version one it submitted. */
  private void requireOfPlatform(UUID platformId, GroundInput ground, String at) {
    if (ground.obligationId() != null) {
      UUID owner = ownerOf(() -> obligations.get(ground.obligationId()).platformId());
      if (!platformId.equals(owner)) {
        throw notOfPlatform(at + ".obligationId", "obligation " + ground.obligationId());
      }
    }
    if (ground.filingId() != null) {
      FilingView filing = ownerOf(() -> filings.get(ground.filingId()));
      if (filing == null || !platformId.equals(filing.platformId())) {
        throw notOfPlatform(at + ".filingId", "return " + ground.filingId());
      }
      if (ground.versionNumber() != null && ground.versionNumber() > filing.latestVersion()) {
        throw notOfPlatform(
            at + ".versionNumber",
            "version " + ground.versionNumber() + " of return " + ground.filingId());
      }
    } else if (ground.versionNumber() != null) {
      throw ProblemException.onField(
          EnforcementProblems.CASE_GROUND_INCOMPLETE,
          "A version is of a return: name its filingId; nothing was opened",
          at + ".filingId",
          "is required with a versionNumber");
    }
  }

  /** The linked record, or null when there is none (the refusal follows). */
  private static <T> T ownerOf(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ProblemException notFound) {
      return null;
    }
  }

  private static ProblemException notOfPlatform(String field, String what) {
    return ProblemException.onField(
        EnforcementProblems.CASE_GROUND_NOT_OF_PLATFORM,
        "The case's platform has no " + what + "; nothing was opened",
        field,
        "is not a record of the case's platform");
  }

  private static ProblemException refusal(
      CaseStepContent.Violation violation, CaseStep step, LocalDate today) {
    ProblemCode code;
    String detail;
    String message;
    switch (violation.refusal()) {
      case DEADLINE_REQUIRED -> {
        code = EnforcementProblems.REPRESENTATIONS_DEADLINE_REQUIRED;
        detail = "A provisional notice gives the platform a deadline for representations";
        message = "is required for ISSUE_PROVISIONAL_NOTICE";
      }
      case DEADLINE_NOT_FUTURE -> {
        code = EnforcementProblems.REPRESENTATIONS_DEADLINE_NOT_FUTURE;
        detail = "The representations deadline must be a day after today (" + today + ")";
        message = "must be after " + today;
      }
      case NOTICE_REQUIRED -> {
        code = EnforcementProblems.NOTICE_TEXT_REQUIRED;
        detail = "A provisional notice needs its text";
        message = "is required for ISSUE_PROVISIONAL_NOTICE";
      }
      case REQUIREMENT_DUE_NOT_FUTURE -> {
        code = EnforcementProblems.REQUIREMENT_DUE_DATE_NOT_FUTURE;
        detail = "Each requirement must be due a day after today (" + today + ")";
        message = "must be after " + today;
      }
      case CONTENT_NOT_ALLOWED -> {
        code = EnforcementProblems.STEP_CONTENT_NOT_ALLOWED;
        detail = step + " does not carry " + violation.field();
        message = "is not carried by " + step;
      }
      default -> throw new IllegalStateException(violation.refusal().name());
    }
    return ProblemException.onField(
        code, detail + "; nothing was changed", violation.field(), message);
  }
}
