package io.carefile.enforcement;

import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.LatestSubmission;
import io.carefile.filing.ReturnSubmitted;
import io.carefile.filing.ReviewedFiling;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformService;
import io.carefile.scoring.EffectiveBandChanged;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreView;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledBreachRule;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.ReturnValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens cases on the events that call for one, in the event's transaction, so that a case commits
 * with the submission, the override or the review decision that called for it, or not at all: a
 * return whose band that counts becomes RED (a submission, or an override), a return the review
 * rejects, and a submitted return that shows a breach rule of its template version. Each is
 * switched by {@code carefile.enforcement.triggers.*.enabled}. A trigger whose ground an open case
 * has already opens nothing ({@link CaseService#openOnTrigger}).
 *
 * <p>The daily sweep ({@link CaseTriggerSweep}) calls the {@code sweep…} methods, each in a
 * transaction of its own, for what it finds in the data as it is: those open a case only when no
 * case was ever opened on the same thing ({@link CaseService#openOnSweep}).
 */
@ApplicationScoped
class CaseTriggers {

  private static final String RED_REASON = "A return's band that counts is RED";
  private static final String REJECTED_REASON = "The regulator's review rejected a return";
  private static final String BREACH_REASON = "A submitted return shows a breach rule";
  private static final String SWEPT = " (found by the daily trigger sweep)";

  private final CaseService cases;
  private final EnforcementConfig.Triggers triggers;
  private final TemplateService templates;
  private final PlatformService platforms;
  private final ObligationService obligations;
  private final FilingQueries filings;

  CaseTriggers(
      CaseService cases,
      EnforcementConfig config,
      TemplateService templates,
      PlatformService platforms,
      ObligationService obligations,
      FilingQueries filings) {
    this.cases = cases;
    this.triggers = config.triggers();
    this.templates = templates;
    this.platforms = platforms;
    this.obligations = obligations;
    this.filings = filings;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void submitted(@Observes ReturnSubmitted submitted) {
    if (triggers.redScore().enabled() && submitted.score().effectiveBand() == ScoreBand.RED) {
      cases.openOnTrigger(
          submitted.platformId(),
          CaseTrigger.RED_SCORE,
          new GroundInput(
              GroundKind.RED_SCORE,
              null,
              submitted.filingId(),
              submitted.versionNumber(),
              null,
              "Version "
                  + submitted.versionNumber()
                  + " of the "
                  + submitted.templateCode()
                  + " return for the period from "
                  + submitted.periodStart()
                  + " was submitted with the band RED"
                  + (submitted.score().total() == null
                      ? ""
                      : " (total " + submitted.score().total().toPlainString() + ")")),
          RED_REASON);
    }
    if (triggers.breachRule().enabled()) {
      CompiledTemplate template =
          templates.compiled(submitted.templateCode(), submitted.templateVersion());
      for (CompiledBreachRule rule :
          breachesShown(
              template,
              platforms.get(submitted.platformId()).category(),
              submitted.values(),
              submitted.periodStart(),
              submitted.periodEnd())) {
        cases.openOnTrigger(
            submitted.platformId(),
            CaseTrigger.BREACH_RULE,
            breachGround(rule, template, submitted.filingId(), submitted.versionNumber()),
            BREACH_REASON);
      }
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void bandChanged(@Observes EffectiveBandChanged changed) {
    if (!triggers.redScore().enabled() || changed.band() != ScoreBand.RED) {
      return;
    }
    cases.openOnTrigger(
        changed.platformId(),
        CaseTrigger.RED_SCORE,
        new GroundInput(
            GroundKind.RED_SCORE,
            null,
            changed.filingId(),
            changed.versionNumber(),
            null,
            "The band that counts for version "
                + changed.versionNumber()
                + " became RED"
                + (changed.overridden() ? " by an analyst's override" : " (its computed band)")),
        RED_REASON);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void reviewed(@Observes ReviewedFiling reviewed) {
    if (!triggers.rejectedReturn().enabled()
        || reviewed.to() != FilingStatus.REJECTED
        || reviewed.from() == FilingStatus.REJECTED) {
      return;
    }
    cases.openOnTrigger(
        reviewed.platformId(),
        CaseTrigger.REJECTED_RETURN,
        rejectedGround(reviewed.filingId(), reviewed.reviewedVersion()),
        REJECTED_REASON);
  }

  /** An obligation unfiled for more than the configured days past its due date. */
  @Transactional
  boolean sweepOverdue(ObligationView obligation, LocalDate today) {
    return cases
        .openOnSweep(
            obligation.platformId(),
            CaseTrigger.OVERDUE_OBLIGATION,
            new GroundInput(
                GroundKind.OVERDUE_OBLIGATION,
                obligation.id(),
                null,
                null,
                null,
                "The "
                    + obligation.templateCode()
                    + " return for the period from "
                    + obligation.periodStart()
                    + " to "
                    + obligation.periodEnd()
                    + ", due on "
                    + obligation.dueDate()
                    + ", was still not filed on "
                    + today
                    + ", more than "
                    + triggers.overdueObligation().days()
                    + " days after its due date"),
            "A return is overdue by more than "
                + triggers.overdueObligation().days()
                + " days"
                + SWEPT)
        .isPresent();
  }

  /** A return whose latest version's band that counts is RED. */
  @Transactional
  boolean sweepRedScore(LatestSubmission latest, ScoreView score) {
    return cases
        .openOnSweep(
            latest.platformId(),
            CaseTrigger.RED_SCORE,
            new GroundInput(
                GroundKind.RED_SCORE,
                null,
                latest.filingId(),
                latest.versionNumber(),
                null,
                "The band that counts for version "
                    + latest.versionNumber()
                    + " of the "
                    + latest.templateCode()
                    + " return is RED"
                    + (score.override() == null ? "" : " by an analyst's override")),
            RED_REASON + SWEPT)
        .isPresent();
  }

  /** A return the review rejected (its latest version). */
  @Transactional
  boolean sweepRejected(LatestSubmission latest) {
    return cases
        .openOnSweep(
            latest.platformId(),
            CaseTrigger.REJECTED_RETURN,
            rejectedGround(latest.filingId(), latest.versionNumber()),
            REJECTED_REASON + SWEPT)
        .isPresent();
  }

  /** The breach rules a return's latest version shows: the number of cases opened. */
  @Transactional
  int sweepBreaches(LatestSubmission latest, CompiledTemplate template) {
    ObligationView obligation = obligations.get(latest.obligationId());
    ReturnValues values = filings.filedValues(latest.filingId(), latest.versionNumber());
    int opened = 0;
    for (CompiledBreachRule rule :
        breachesShown(
            template,
            platforms.get(latest.platformId()).category(),
            values,
            obligation.periodStart(),
            obligation.periodEnd())) {
      if (cases
          .openOnSweep(
              latest.platformId(),
              CaseTrigger.BREACH_RULE,
              breachGround(rule, template, latest.filingId(), latest.versionNumber()),
              BREACH_REASON + SWEPT)
          .isPresent()) {
        opened++;
      }
    }
    return opened;
  }

  /** The template version's breach rules for the platform's category that the values show. */
  private static List<CompiledBreachRule> breachesShown(
      CompiledTemplate template,
      PlatformCategory category,
      ReturnValues values,
      LocalDate periodStart,
      LocalDate periodEnd) {
    if (template.breachRules().isEmpty()) {
      return List.of();
    }
    var bound = values.bind(template, periodStart, periodEnd);
    return template.breachRules().stream()
        .filter(rule -> rule.appliesTo(category) && rule.showsBreach(bound))
        .toList();
  }

  private static GroundInput breachGround(
      CompiledBreachRule rule, CompiledTemplate template, UUID filingId, int versionNumber) {
    return new GroundInput(
        GroundKind.BREACH_RULE,
        null,
        filingId,
        versionNumber,
        rule.id(),
        rule.finding()
            + " (breach rule "
            + rule.id()
            + " of "
            + template.code()
            + " version "
            + template.version()
            + ", shown by version "
            + versionNumber
            + " of the return)");
  }

  private static GroundInput rejectedGround(UUID filingId, int versionNumber) {
    return new GroundInput(
        GroundKind.REJECTED_RETURN,
        null,
        filingId,
        versionNumber,
        null,
        "Version " + versionNumber + " was rejected in the regulator's review");
  }
}
