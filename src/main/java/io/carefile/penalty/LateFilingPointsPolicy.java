package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Late-filing penalty points, as HMRC keeps them for VAT ({@code docs/penalties.md}). A platform
 * keeps one tally per period type of the templates it files (monthly, quarterly, annual), each with
 * its period type's {@link PointsRule}:
 *
 * <ul>
 *   <li>each late original submission earns one point, while the tally is below its threshold;
 *   <li>below the threshold, a point stands for {@code expiryMonths} from the day it was earned: on
 *       that day it no longer stands;
 *   <li>the late submission that brings the tally to the threshold issues the fixed penalty; at the
 *       threshold no point is added or expires, and each further late submission issues the fixed
 *       penalty again;
 *   <li>at the threshold, the tally returns to 0 once {@code complianceMonths} pass from the last
 *       late submission without another (on that day it is 0).
 * </ul>
 *
 * The policy replays a platform's history of late submissions, in the order they were made, so each
 * decision depends only on the submissions before it: a history that only grows at its end never
 * changes an earlier decision, and the storing layer records each submission's decision once. Plain
 * Java: the same history always gives the same decisions.
 */
public final class LateFilingPointsPolicy {

  private final Map<PeriodType, PointsRule> rules = new EnumMap<>(PeriodType.class);

  /**
   * @param rules a rule for every period type
   * @throws IllegalArgumentException when a period type has no rule
   */
  public LateFilingPointsPolicy(Map<PeriodType, PointsRule> rules) {
    for (PeriodType type : PeriodType.values()) {
      PointsRule rule = rules.get(type);
      if (rule == null) {
        throw new IllegalArgumentException("No late-filing points rule for " + type);
      }
      this.rules.put(type, rule);
    }
  }

  public PointsRule rule(PeriodType type) {
    return rules.get(type);
  }

  /**
   * Decides every late submission of one platform.
   *
   * @param history the platform's late original submissions, in the order they were made
   * @return a decision for each, in the same order
   * @throws IllegalArgumentException when a submission is dated before the one made before it
   */
  public List<LateFilingDecision> decide(List<LateSubmission> history) {
    Map<PeriodType, Tally> tallies = new EnumMap<>(PeriodType.class);
    List<LateFilingDecision> decisions = new ArrayList<>();
    LocalDate previous = null;
    for (LateSubmission submission : history) {
      previous = inOrder(submission, previous);
      Tally tally = tallies.computeIfAbsent(submission.periodType(), type -> new Tally(rule(type)));
      decisions.add(tally.record(submission));
    }
    return decisions;
  }

  /**
   * The decision for a new late submission, made after the platform's history.
   *
   * @param history the platform's late original submissions before it, in the order they were made
   * @param next the new late submission, dated no earlier than the history's last
   */
  public LateFilingDecision decideNext(List<LateSubmission> history, LateSubmission next) {
    List<LateSubmission> all = new ArrayList<>(history);
    all.add(next);
    return decide(all).getLast();
  }

  /**
   * The points of one period type standing on a day, from the submissions made up to that day.
   *
   * @param history the platform's late original submissions, in the order they were made
   */
  public PointsStanding standing(
      List<LateSubmission> history, PeriodType periodType, LocalDate on) {
    Tally tally = new Tally(rule(periodType));
    LocalDate previous = null;
    for (LateSubmission submission : history) {
      previous = inOrder(submission, previous);
      if (submission.periodType() == periodType && !submission.submittedOn().isAfter(on)) {
        tally.record(submission);
      }
    }
    tally.advanceTo(on);
    boolean atThreshold = tally.atThreshold();
    List<StandingPoint> standing =
        tally.points.stream()
            .map(point -> new StandingPoint(point, atThreshold ? null : tally.expiresOn(point)))
            .toList();
    return new PointsStanding(
        periodType,
        on,
        tally.points.size(),
        tally.rule.threshold(),
        standing,
        atThreshold ? tally.resetOn() : null);
  }

  private static LocalDate inOrder(LateSubmission submission, LocalDate previous) {
    Objects.requireNonNull(submission.periodType(), "periodType");
    Objects.requireNonNull(submission.submittedOn(), "submittedOn");
    if (previous != null && submission.submittedOn().isBefore(previous)) {
      throw new IllegalArgumentException(
          "Late submissions are decided in the order they were made: "
              + submission.reference()
              + " on "
              + submission.submittedOn()
              + " comes after one on "
              + previous);
    }
    return submission.submittedOn();
  }

  /** One period type's points, replayed submission by submission. */
  private static final class Tally {

    private final PointsRule rule;
    private final List<LateSubmission> points = new ArrayList<>();
    private LocalDate lastLate;

    Tally(PointsRule rule) {
      this.rule = rule;
    }

    boolean atThreshold() {
      return points.size() >= rule.threshold();
    }

    LocalDate expiresOn(LateSubmission point) {
      return point.submittedOn().plusMonths(rule.expiryMonths());
    }

    LocalDate resetOn() {
      return lastLate.plusMonths(rule.complianceMonths());
    }

    /** Lets points expire, or the tally reset, as they have by the start of {@code day}. */
    void advanceTo(LocalDate day) {
      if (atThreshold()) {
        if (!day.isBefore(resetOn())) {
          points.clear();
        }
      } else {
        points.removeIf(point -> !day.isBefore(expiresOn(point)));
      }
    }

    LateFilingDecision record(LateSubmission submission) {
      advanceTo(submission.submittedOn());
      int before = points.size();
      lastLate = submission.submittedOn();
      if (atThreshold()) {
        return new LateFilingDecision(
            submission,
            false,
            before,
            before,
            rule.threshold(),
            rule.fixedPenalty(),
            "Late while at the threshold of "
                + rule.threshold()
                + " points: no point is added and a further fixed penalty of "
                + rule.fixedPenalty()
                + " is issued; the points reset on "
                + resetOn()
                + " if no return is late before then");
      }
      points.add(submission);
      int after = points.size();
      if (atThreshold()) {
        return new LateFilingDecision(
            submission,
            true,
            before,
            after,
            rule.threshold(),
            rule.fixedPenalty(),
            "One point, reaching the threshold of "
                + rule.threshold()
                + ": a fixed penalty of "
                + rule.fixedPenalty()
                + " is issued, and the points stand until "
                + resetOn()
                + " if no return is late before then");
      }
      return new LateFilingDecision(
          submission,
          true,
          before,
          after,
          rule.threshold(),
          null,
          "One point: "
              + after
              + " of "
              + rule.threshold()
              + "; it expires on "
              + expiresOn(submission));
    }
  }
}
