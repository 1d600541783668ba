package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.jobs.RecurringJob;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.LatestSubmission;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.scoring.ScoreBand;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringService;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledTemplate;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily trigger sweep (docs/enforcement.md, Triggers): re-evaluates every enabled trigger over
 * the data as it is and opens the cases missing: obligations unfiled past the configured days
 * (which no event marks), latest versions whose band that counts is RED, rejected returns, and
 * breach rules shown by latest versions. Once per day across every instance (a recurring job,
 * docs/jobs.md); each opening is a transaction of its own through {@link CaseTriggers}, under the
 * ground key's lock, and opens nothing where any case was opened on the same thing, so a repeated
 * run, or one racing an event, opens no case twice.
 */
@Startup
@ApplicationScoped
class CaseTriggerSweep implements RecurringJob {

  private final CaseTriggers triggers;
  private final EnforcementConfig.Triggers switches;
  private final OverdueObligationPolicy overdue;
  private final ObligationService obligations;
  private final FilingQueries filings;
  private final ScoringService scoring;
  private final TemplateService templates;
  private final RegulatorCalendar calendar;

  CaseTriggerSweep(
      CaseTriggers triggers,
      EnforcementConfig config,
      ObligationService obligations,
      FilingQueries filings,
      ScoringService scoring,
      TemplateService templates,
      RegulatorCalendar calendar) {
    this.triggers = triggers;
    this.switches = config.triggers();
    this.overdue = new OverdueObligationPolicy(switches.overdueObligation().days());
    this.obligations = obligations;
    this.filings = filings;
    this.scoring = scoring;
    this.templates = templates;
    this.calendar = calendar;
  }

  @Override
  public String name() {
    return "enforcement-trigger-sweep";
  }

  @Override
  public String cron() {
    return switches.sweepCron();
  }

  @Override
  public void run() {
    LocalDate today = calendar.today();
    int overdueCases = 0;
    int redCases = 0;
    int rejectedCases = 0;
    int breachCases = 0;
    if (switches.overdueObligation().enabled()) {
      for (ObligationView obligation :
          obligations.unfiledDueOnOrBefore(overdue.dueOnOrBefore(today))) {
        overdueCases += triggers.sweepOverdue(obligation, today) ? 1 : 0;
      }
    }
    boolean red = switches.redScore().enabled();
    boolean rejected = switches.rejectedReturn().enabled();
    boolean breaches = switches.breachRule().enabled();
    if (red || rejected || breaches) {
      for (LatestSubmission latest : filings.latestSubmissions()) {
        if (red) {
          Optional<ScoreView> score = scoreOf(latest);
          if (score.isPresent() && score.get().effectiveBand() == ScoreBand.RED) {
            redCases += triggers.sweepRedScore(latest, score.get()) ? 1 : 0;
          }
        }
        if (rejected && latest.status() == FilingStatus.REJECTED) {
          rejectedCases += triggers.sweepRejected(latest) ? 1 : 0;
        }
        if (breaches) {
          CompiledTemplate template =
              templates.compiled(latest.templateCode(), latest.templateVersion());
          if (!template.breachRules().isEmpty()) {
            breachCases += triggers.sweepBreaches(latest, template);
          }
        }
      }
    }
    Log.infof(
        "Enforcement trigger sweep opened %d cases: %d overdue obligations, %d RED scores, %d"
            + " rejected returns, %d breach rules",
        overdueCases + redCases + rejectedCases + breachCases,
        overdueCases,
        redCases,
        rejectedCases,
        breachCases);
  }

  /** The latest version's score, with its band that counts; none for a version with no score. */
  private Optional<ScoreView> scoreOf(LatestSubmission latest) {
    try {
      return Optional.of(scoring.scoreOf(latest.filingId(), latest.versionNumber()));
    } catch (ProblemException e) {
      if (e.is(ProblemType.NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
