package io.carefile.review;

import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The review queue's risk priority of a return: the sum of points for
 *
 * <ul>
 *   <li><b>band</b> — RED &gt; AMBER &gt; NOT_SCORED &gt; GREEN (the band that counts: an analyst's
 *       override replaces the computed one);
 *   <li><b>late</b> — a fixed number when the return was submitted late;
 *   <li><b>warnings</b> — per explained warning, and more per unexplained one (a return cannot be
 *       submitted with one today, but the rule does not depend on that), together at most a cap;
 *   <li><b>score drop</b> — per whole point by which the total fell below the platform's previous
 *       period's, at most a cap (nothing when it rose, or when either total is missing);
 *   <li><b>category</b> — Category 1 &gt; 2A &gt; 2B &gt; Core.
 * </ul>
 *
 * The reasons list every factor that added points, highest first (ties in the order above), so an
 * analyst sees why a return is high. {@code docs/review.md} states the formula and the default
 * points.
 *
 * <p>Plain Java on purpose: tested with a table; its numbers come from {@link ReviewConfig}.
 */
public final class ReviewPriorityPolicy {

  private final PriorityWeights weights;

  public ReviewPriorityPolicy(PriorityWeights weights) {
    this.weights = weights;
  }

  public ReviewPriority priorityOf(PriorityFactors factors) {
    List<PriorityReason> reasons = new ArrayList<>();
    add(reasons, PriorityFactor.BAND, bandPoints(factors.band()), bandText(factors));
    if (factors.late()) {
      add(reasons, PriorityFactor.LATE, weights.late(), "Submitted late");
    }
    add(reasons, PriorityFactor.WARNINGS, warningPoints(factors), warningText(factors));
    BigDecimal drop = factors.scoreDrop();
    if (drop != null && drop.signum() > 0) {
      add(
          reasons,
          PriorityFactor.SCORE_DROP,
          dropPoints(drop),
          "Total "
              + drop.stripTrailingZeros().toPlainString()
              + " points below the previous period's");
    }
    add(
        reasons,
        PriorityFactor.CATEGORY,
        categoryPoints(factors.category()),
        factors.category().label() + " service");
    reasons.sort(
        Comparator.comparingInt(PriorityReason::points)
            .reversed()
            .thenComparing(PriorityReason::factor));
    return new ReviewPriority(reasons.stream().mapToInt(PriorityReason::points).sum(), reasons);
  }

  /**
   * How far the total fell below the previous period's: positive when it fell, negative when it
   * rose; null when either total is missing (not scored, or no previous period).
   */
  public static BigDecimal scoreDrop(BigDecimal previousTotal, BigDecimal total) {
    return previousTotal == null || total == null ? null : previousTotal.subtract(total);
  }

  private static void add(
      List<PriorityReason> reasons, PriorityFactor factor, int points, String description) {
    if (points > 0) {
      reasons.add(new PriorityReason(factor, points, description));
    }
  }

  private int bandPoints(ScoreBand band) {
    return switch (band) {
      case RED -> weights.red();
      case AMBER -> weights.amber();
      case NOT_SCORED -> weights.notScored();
      case GREEN -> weights.green();
    };
  }

  private static String bandText(PriorityFactors factors) {
    String band =
        factors.band() == ScoreBand.NOT_SCORED
            ? "Not scored: no indicator could be scored"
            : "Band " + factors.band();
    return factors.bandOverridden() ? band + " (overridden by an analyst)" : band;
  }

  private int warningPoints(PriorityFactors factors) {
    long unexplained = factors.warnings() - factors.explainedWarnings();
    long points =
        (long) factors.explainedWarnings() * weights.perExplainedWarning()
            + unexplained * weights.perUnexplainedWarning();
    return (int) Math.min(points, weights.warningsCap());
  }

  private static String warningText(PriorityFactors factors) {
    int warnings = factors.warnings();
    int explained = factors.explainedWarnings();
    String count = warnings == 1 ? "1 warning" : warnings + " warnings";
    if (explained == warnings) {
      return count + (warnings == 1 ? ", explained" : ", all explained");
    }
    return count + ", " + (warnings - explained) + " unexplained";
  }

  private int dropPoints(BigDecimal drop) {
    BigDecimal points =
        drop.setScale(0, RoundingMode.FLOOR).multiply(BigDecimal.valueOf(weights.perPointOfDrop()));
    return points.min(BigDecimal.valueOf(weights.dropCap())).intValueExact();
  }

  private int categoryPoints(PlatformCategory category) {
    return switch (category) {
      case CATEGORY_1 -> weights.category1();
      case CATEGORY_2A -> weights.category2A();
      case CATEGORY_2B -> weights.category2B();
      case CORE -> weights.core();
    };
  }
}
