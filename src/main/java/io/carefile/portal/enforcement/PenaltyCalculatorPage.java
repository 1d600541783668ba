package io.carefile.portal.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.penalty.Money;
import io.carefile.penalty.PenaltyCalculation;
import io.carefile.penalty.PenaltyImposition;
import io.carefile.penalty.PenaltyInput;
import io.carefile.penalty.PenaltyIssuing;
import io.carefile.penalty.PenaltyParameters;
import io.carefile.penalty.PenaltyRules;
import io.carefile.portal.enforcement.PenaltyPage.StepRow;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The penalty calculator for enforcement officers: a revenue-based penalty's inputs in, every step
 * with its inputs, figure and explanation out, within the statutory cap, exactly as a confirmation
 * decision would calculate and store it ({@link PenaltyIssuing#calculate}); nothing is stored. A
 * refusal is placed by its field path on the input it names.
 */
@Path(PortalRoutes.PENALTY_CALCULATOR)
@RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
@Produces(MediaType.TEXT_HTML)
public class PenaltyCalculatorPage {

  static final String SERIOUSNESS = "seriousness";
  static final String RELEVANT_REVENUE = "relevant-revenue";
  static final String WORLDWIDE_REVENUE = "worldwide-revenue";
  static final String WORLDWIDE_MONTHS = "worldwide-months";
  static final String AGGRAVATING = "aggravating";
  static final String MITIGATING = "mitigating";
  static final String UPLIFT = "uplift";
  static final String DISCOUNT = "discount";

  private static final List<String> INPUT_ORDER =
      List.of(
          SERIOUSNESS,
          RELEVANT_REVENUE,
          WORLDWIDE_REVENUE,
          WORLDWIDE_MONTHS,
          AGGRAVATING,
          MITIGATING,
          UPLIFT,
          DISCOUNT);

  /** The calculator's field paths, by their first name, and the input each comes from. */
  private static final Map<String, String> INPUT_OF_FIELD =
      Map.of(
          "seriousness", SERIOUSNESS,
          "relevantRevenue", RELEVANT_REVENUE,
          "worldwideRevenue", WORLDWIDE_REVENUE,
          "worldwideRevenueMonths", WORLDWIDE_MONTHS,
          "aggravatingFactors", AGGRAVATING,
          "mitigatingFactors", MITIGATING,
          "deterrenceUpliftPercent", UPLIFT,
          "settlementDiscountPercent", DISCOUNT);

  /** A decimal as a form may send it, thousands commas taken out first. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");

  private final PenaltyIssuing issuing;
  private final PenaltyParameters parameters;
  private final ObjectMapper json;
  private final EnforcementMessages messages;
  private final PortalMessages shared;

  PenaltyCalculatorPage(
      PenaltyIssuing issuing,
      PenaltyRules rules,
      ObjectMapper json,
      EnforcementMessages messages,
      PortalMessages shared) {
    this.issuing = issuing;
    this.parameters = rules.calculator().parameters();
    this.json = json;
    this.messages = messages;
    this.shared = shared;
  }

  /** The configured choices the form offers, and the currency every amount is in. */
  public record Choices(
      List<String> seriousness,
      List<String> aggravating,
      List<String> mitigating,
      String currency) {}

  /** The calculation shown: its amount, the cap, whether the cap applied, and each step. */
  public record Result(String amount, String cap, boolean capped, List<StepRow> steps) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(
        String title,
        Choices choices,
        PostedForm typed,
        Result result,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  public TemplateInstance show() {
    // Most revenue figures are a year's; the officer changes the months only for a shorter period.
    MultivaluedMap<String, String> defaults = new MultivaluedHashMap<>();
    defaults.putSingle(WORLDWIDE_MONTHS, "12");
    return page(PostedForm.of(defaults), null, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public TemplateInstance calculate(MultivaluedMap<String, String> sent) {
    PostedForm typed = PostedForm.of(sent);
    Map<String, String> errors = new LinkedHashMap<>();
    String seriousness = typed.first(SERIOUSNESS).strip();
    if (seriousness.isEmpty()) {
      errors.put(SERIOUSNESS, messages.calculatorSeriousnessRequired());
    }
    Money relevant = money(typed, RELEVANT_REVENUE, errors);
    Money worldwide = money(typed, WORLDWIDE_REVENUE, errors);
    String months = typed.first(WORLDWIDE_MONTHS).strip();
    if (!WHOLE.matcher(months).matches()) {
      errors.put(WORLDWIDE_MONTHS, messages.calculatorMonthsNotAWholeNumber());
    }
    BigDecimal uplift = percent(typed, UPLIFT, errors);
    BigDecimal discount = percent(typed, DISCOUNT, errors);
    if (!errors.isEmpty()) {
      return page(typed, null, errors);
    }
    PenaltyInput input =
        new PenaltyInput(
            seriousness,
            relevant,
            worldwide,
            Integer.parseInt(months),
            null,
            typed.all(AGGRAVATING),
            typed.all(MITIGATING),
            uplift,
            discount);
    try {
      PenaltyCalculation calculation =
          issuing.calculate(new PenaltyImposition(input, null), "").calculation();
      return page(typed, result(calculation), errors);
    } catch (ProblemException refused) {
      for (Problem.FieldError error : refused.errors()) {
        // "calculated.relevantRevenue.amount", "calculated.aggravatingFactors[1]": the first name
        // after the prefix says which input it came from.
        String field = error.field().replaceFirst("^calculated\\.", "");
        String name = field.split("[.\\[]", 2)[0];
        errors.putIfAbsent(
            INPUT_OF_FIELD.getOrDefault(name, SERIOUSNESS),
            messages.calculatorRefused(error.message()));
      }
      if (errors.isEmpty()) {
        errors.put(SERIOUSNESS, messages.calculatorRefused(refused.getMessage()));
      }
      return page(typed, null, errors);
    }
  }

  private Result result(PenaltyCalculation calculation) {
    var tree = json.valueToTree(calculation);
    return new Result(
        PenaltyFigures.money(calculation.amount()),
        PenaltyFigures.money(tree.get("cap")),
        tree.path("capped").asBoolean(false),
        PenaltyPage.steps(tree, messages));
  }

  private Money money(PostedForm typed, String input, Map<String, String> errors) {
    String amount = typed.first(input).strip().replace(",", "");
    if (amount.isEmpty()) {
      errors.put(input, messages.calculatorAmountRequired());
      return null;
    }
    if (!DECIMAL.matcher(amount).matches()) {
      errors.put(input, messages.calculatorAmountNotANumber());
      return null;
    }
    return new Money(new BigDecimal(amount), parameters.currency());
  }

  /** A percentage; left blank, none (0). */
  private BigDecimal percent(PostedForm typed, String input, Map<String, String> errors) {
    String percent = typed.first(input).strip();
    if (percent.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (!DECIMAL.matcher(percent).matches()) {
      errors.put(input, messages.calculatorPercentNotANumber());
      return null;
    }
    return new BigDecimal(percent);
  }

  private TemplateInstance page(PostedForm typed, Result result, Map<String, String> errors) {
    List<ErrorLink> summary = new ArrayList<>();
    INPUT_ORDER.stream()
        .filter(errors::containsKey)
        .forEach(input -> summary.add(ErrorLink.to(input, errors.get(input))));
    String title = messages.calculatorTitle();
    return Templates.page(
        summary.isEmpty() ? title : shared.errorTitle(title),
        new Choices(
            List.copyOf(parameters.seriousnessShares().keySet()),
            List.copyOf(parameters.aggravatingFactors().keySet()),
            List.copyOf(parameters.mitigatingFactors().keySet()),
            parameters.currency().getCurrencyCode()),
        typed,
        result,
        errors,
        summary);
  }
}
