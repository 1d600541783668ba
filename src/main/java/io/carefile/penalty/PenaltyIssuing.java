package io.carefile.penalty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.time.RegulatorCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calculates and issues penalties: a confirmation decision's (in the decision's transaction) and,
 * keyed by what issued them, late-filing points' fixed penalties. A penalty is stored with the
 * calculator's inputs and answer exactly as they were, due {@code carefile.penalty.payment-days}
 * after its day of issue (Europe/London), and is one audit event, {@code penalty.issued}.
 */
@ApplicationScoped
public class PenaltyIssuing {

  private final PenaltyRules rules;
  private final PenaltyConfig config;
  private final PenaltyRepository penalties;
  private final PenaltyHistory history;
  private final PenaltyQueries queries;
  private final RegulatorCalendar calendar;
  private final ObjectMapper json;

  PenaltyIssuing(
      PenaltyRules rules,
      PenaltyConfig config,
      PenaltyRepository penalties,
      PenaltyHistory history,
      PenaltyQueries queries,
      RegulatorCalendar calendar,
      ObjectMapper json) {
    this.rules = rules;
    this.config = config;
    this.penalties = penalties;
    this.history = history;
    this.queries = queries;
    this.calendar = calendar;
    this.json = json;
  }

  /**
   * The penalty an imposition asks for, calculated; nothing is stored. A refusal names its field
   * under {@code prefix} ({@code penalty.} for a confirmation's, empty for a preview).
   */
  public CalculatedPenalty calculate(PenaltyImposition imposition, String prefix) {
    if ((imposition.calculated() == null) == (imposition.dailyRate() == null)) {
      throw ProblemException.onField(
          PenaltyProblems.PENALTY_INPUT_CHOICE,
          "A penalty is either calculated or a daily rate; nothing was calculated",
          prefix.isEmpty() ? "calculated" : prefix + "calculated",
          "give exactly one of calculated and dailyRate");
    }
    String at = prefix + (imposition.calculated() != null ? "calculated." : "dailyRate.");
    try {
      return imposition.calculated() != null
          ? new CalculatedPenalty(
              PenaltyType.CALCULATED,
              rules.calculator().calculate(imposition.calculated()),
              imposition.calculated())
          : new CalculatedPenalty(
              PenaltyType.DAILY_RATE,
              rules.calculator().calculateDaily(imposition.dailyRate()),
              imposition.dailyRate());
    } catch (ProblemException refused) {
      throw new ProblemException(
          refused.type(),
          refused.getMessage(),
          refused.errors().stream()
              .map(e -> new Problem.FieldError(at + e.field(), e.message()))
              .toList());
    }
  }

  /**
   * Issues a penalty to the platform, linked to its case when a decision imposes it. With a {@code
   * sourceKey}, a penalty already issued for that key is answered instead and nothing is stored, so
   * a caller that runs again issues at most one per key.
   *
   * @return the penalty's id
   */
  @Transactional
  public UUID issue(
      UUID platformId,
      UUID caseId,
      PenaltyType kind,
      PenaltyCalculation calculation,
      Object inputs,
      String sourceKey) {
    if (sourceKey != null) {
      Optional<Penalty> issued =
          penalties.firstVisible("sourceKey = :key", Map.of("key", sourceKey));
      if (issued.isPresent()) {
        return issued.get().id;
      }
    }
    if (calculation.amount().signum() <= 0) {
      throw new IllegalArgumentException("A penalty is of a positive amount");
    }
    Penalty p = new Penalty();
    p.id = UUID.randomUUID();
    p.platformId = platformId;
    p.caseId = caseId;
    p.kind = kind;
    p.amount = calculation.amount().amount();
    p.currency = calculation.amount().currency().getCurrencyCode();
    p.balance = p.amount;
    p.status = PenaltyStatus.ISSUED;
    p.dueDate = calendar.today().plusDays(config.paymentDays());
    p.inputs = write(inputs);
    p.calculation = write(calculation);
    p.issuedBy = history.actor();
    p.issuedAt = history.now();
    p.sourceKey = sourceKey;
    penalties.persist(p);
    penalties.flush();
    history.record(
        p,
        "issued",
        null,
        "Issued: " + calculation.amount() + ", due by " + p.dueDate,
        null,
        queries.view(p));
    return p.id;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A penalty's calculation could not be written", e);
    }
  }
}
