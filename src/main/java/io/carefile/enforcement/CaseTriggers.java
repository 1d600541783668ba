package io.carefile.enforcement;

import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReturnSubmitted;
import io.carefile.filing.ReviewedFiling;
import io.carefile.scoring.EffectiveBandChanged;
import io.carefile.scoring.ScoreBand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Opens cases on the events that call for one, in the event's transaction, so that a case commits
 * with the submission, the override or the review decision that called for it, or not at all: a
 * return whose band that counts becomes RED (a submission, or an override), and a return the review
 * rejects. Each is switched by {@code carefile.enforcement.triggers.*.enabled}. A trigger whose
 * ground an open case has already opens nothing ({@link CaseService#openOnTrigger}).
 */
@ApplicationScoped
class CaseTriggers {

  private final CaseService cases;
  private final EnforcementConfig.Triggers triggers;

  CaseTriggers(CaseService cases, EnforcementConfig config) {
    this.cases = cases;
    this.triggers = config.triggers();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void submitted(@Observes ReturnSubmitted submitted) {
    if (!triggers.redScore().enabled() || submitted.score().effectiveBand() != ScoreBand.RED) {
      return;
    }
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
        "A return's band that counts is RED");
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
        "A return's band that counts is RED");
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
        new GroundInput(
            GroundKind.REJECTED_RETURN,
            null,
            reviewed.filingId(),
            reviewed.reviewedVersion(),
            null,
            "Version " + reviewed.reviewedVersion() + " was rejected in the regulator's review"),
        "The regulator's review rejected a return");
  }
}
