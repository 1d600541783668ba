package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.platform.ComplianceOfficer;
import io.carefile.platform.PlatformOnboarding;
import io.carefile.platform.PlatformOnboardingRequest;
import io.carefile.platform.PlatformProfile;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.platform.QualifyingRevenue;
import io.carefile.platform.ServiceFeature;
import io.carefile.platform.ServiceKind;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The regulator administrator's onboarding form: the same request and the same service as {@code
 * POST /api/v1/platforms}, with each problem shown next to its field and in an error summary.
 */
@Path(PortalRoutes.PLATFORM_ONBOARDING)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformOnboardingPage {

  private final PlatformService platforms;
  private final Validator validator;

  PlatformOnboardingPage(PlatformService platforms, Validator validator) {
    this.platforms = platforms;
    this.validator = validator;
  }

  /** What was typed, kept as text so that the form can be shown again exactly as sent. */
  public static class Form {
    @RestForm public String slug;
    @RestForm public String legalName;
    @RestForm public String tradingName;
    @RestForm public String companyNumber;
    @RestForm public String country;
    @RestForm public List<String> serviceKinds = new ArrayList<>();
    @RestForm public List<String> serviceFeatures = new ArrayList<>();
    @RestForm public String ukMonthlyActiveUsers;
    @RestForm public String revenueAmount;
    @RestForm public String revenueCurrency;
    @RestForm public String yearEndDay;
    @RestForm public String yearEndMonth;
    @RestForm public String yearEndYear;
    @RestForm public String officerEmail;
    @RestForm public String officerFirstName;
    @RestForm public String officerLastName;
    @RestForm public long expectedVersion;

    /** The form filled with a platform's current profile, for editing it. */
    static Form of(PlatformView platform) {
      Form form = new Form();
      form.legalName = platform.legalName();
      form.tradingName = platform.tradingName();
      form.companyNumber = platform.companyNumber();
      form.country = platform.country();
      form.serviceKinds = platform.serviceKinds().stream().map(Enum::name).toList();
      form.serviceFeatures = platform.serviceFeatures().stream().map(Enum::name).toList();
      form.ukMonthlyActiveUsers = String.valueOf(platform.ukMonthlyActiveUsers());
      form.revenueAmount = platform.qualifyingRevenue().amount().toPlainString();
      form.revenueCurrency = platform.qualifyingRevenue().currency();
      LocalDate yearEnd = platform.qualifyingRevenue().financialYearEnd();
      form.yearEndDay = String.valueOf(yearEnd.getDayOfMonth());
      form.yearEndMonth = String.valueOf(yearEnd.getMonthValue());
      form.yearEndYear = String.valueOf(yearEnd.getYear());
      form.expectedVersion = platform.version();
      return form;
    }
  }

  /** The form's fields in page order, with how an error message names each. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("legalName", "the legal name");
    FIELDS.put("tradingName", "the trading name");
    FIELDS.put("slug", "a slug");
    FIELDS.put("companyNumber", "the company number");
    FIELDS.put("country", "the country of registration");
    FIELDS.put("serviceKinds", "at least one service");
    FIELDS.put("serviceFeatures", "the features");
    FIELDS.put("ukMonthlyActiveUsers", "the UK monthly active users");
    FIELDS.put("revenueAmount", "the qualifying worldwide revenue");
    FIELDS.put("revenueCurrency", "the currency");
    FIELDS.put("yearEnd", "the financial year end");
    FIELDS.put("officerEmail", "the officer's email address");
    FIELDS.put("officerFirstName", "the officer's first name");
    FIELDS.put("officerLastName", "the officer's last name");
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        Form form,
        Map<String, String> errors,
        List<ServiceKind> kinds,
        List<ServiceFeature> features,
        String title,
        String action,
        boolean onboarding);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance form() {
    Form form = new Form();
    form.country = "GB";
    form.revenueCurrency = "GBP";
    return page(form, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object onboard(@BeanParam Form form) {
    Map<String, String> errors = new LinkedHashMap<>();
    PlatformOnboardingRequest request = toRequest(form, errors);
    validator
        .validate(request)
        .forEach(violation -> addError(errors, violation.getPropertyPath().toString(), violation));
    if (!errors.isEmpty()) {
      return page(form, inPageOrder(errors));
    }
    try {
      PlatformOnboarding onboarded = platforms.onboard(request);
      return Response.seeOther(URI.create(PortalRoutes.platform(onboarded.platform().id())))
          .build();
    } catch (ProblemException e) {
      // A conflict names the taken slug or e-mail address; anything else concerns the whole form.
      String field = e.getMessage().contains("mail") ? "officerEmail" : "slug";
      return page(form, Map.of(field, e.getMessage()));
    }
  }

  private static TemplateInstance page(Form form, Map<String, String> errors) {
    return page(form, errors, "Onboard a platform", PortalRoutes.PLATFORM_ONBOARDING, true);
  }

  /** The platform form: for onboarding, or (without slug and officer) for editing a profile. */
  static TemplateInstance page(
      Form form, Map<String, String> errors, String title, String action, boolean onboarding) {
    return Templates.form(
        form,
        errors,
        List.of(ServiceKind.values()),
        List.of(ServiceFeature.values()),
        title,
        action,
        onboarding);
  }

  private static PlatformOnboardingRequest toRequest(Form form, Map<String, String> errors) {
    return new PlatformOnboardingRequest(
        blankToNull(form.slug),
        profileOf(form, errors),
        new ComplianceOfficer(
            blankToNull(form.officerEmail),
            blankToNull(form.officerFirstName),
            blankToNull(form.officerLastName)));
  }

  /** The profile typed into the form; what cannot even be read is added to {@code errors}. */
  static PlatformProfile profileOf(Form form, Map<String, String> errors) {
    Long users = number("ukMonthlyActiveUsers", form.ukMonthlyActiveUsers, errors, Long::valueOf);
    BigDecimal amount = number("revenueAmount", form.revenueAmount, errors, BigDecimal::new);
    LocalDate yearEnd = null;
    try {
      yearEnd =
          LocalDate.of(
              Integer.parseInt(form.yearEndYear.strip()),
              Integer.parseInt(form.yearEndMonth.strip()),
              Integer.parseInt(form.yearEndDay.strip()));
    } catch (NumberFormatException | NullPointerException | DateTimeException e) {
      errors.put("yearEnd", "Enter the financial year end as a real date, for example 31 12 2025");
    }
    Set<ServiceKind> kinds = choices(ServiceKind.class, form.serviceKinds, "serviceKinds", errors);
    Set<ServiceFeature> features =
        choices(ServiceFeature.class, form.serviceFeatures, "serviceFeatures", errors);
    return new PlatformProfile(
        blankToNull(form.legalName),
        blankToNull(form.tradingName),
        blankToNull(form.companyNumber),
        blankToNull(form.country),
        kinds,
        features,
        users,
        new QualifyingRevenue(amount, blankToNull(form.revenueCurrency), yearEnd));
  }

  /** Records a violation against its form field, worded as the GOV.UK error patterns advise. */
  static void addError(Map<String, String> errors, String path, ConstraintViolation<?> violation) {
    String field = fieldOf(path);
    String name = FIELDS.getOrDefault(field, field);
    String message = violation.getMessage();
    boolean missing = message.startsWith("must not be");
    String verb = "serviceKinds".equals(field) ? "Select " : "Enter ";
    errors.putIfAbsent(
        field,
        missing
            ? verb + name
            : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + message);
  }

  /** Errors in the order their fields appear, so that the summary reads top to bottom. */
  static Map<String, String> inPageOrder(Map<String, String> errors) {
    Map<String, String> ordered = new LinkedHashMap<>();
    FIELDS.keySet().stream()
        .filter(errors::containsKey)
        .forEach(field -> ordered.put(field, errors.get(field)));
    errors.forEach(ordered::putIfAbsent);
    return ordered;
  }

  /** The form field a violation of the request belongs to. */
  private static String fieldOf(String path) {
    return switch (path) {
      case "profile.qualifyingRevenue.amount" -> "revenueAmount";
      case "profile.qualifyingRevenue.currency" -> "revenueCurrency";
      case "profile.qualifyingRevenue.financialYearEnd" -> "yearEnd";
      case "firstOfficer.email" -> "officerEmail";
      case "firstOfficer.firstName" -> "officerFirstName";
      case "firstOfficer.lastName" -> "officerLastName";
      default -> path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
    };
  }

  private static <T> T number(
      String field, String text, Map<String, String> errors, Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      errors.put(field, "Enter a number");
      return null;
    }
  }

  private static <E extends Enum<E>> Set<E> choices(
      Class<E> type, List<String> values, String field, Map<String, String> errors) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String value : values) {
      try {
        chosen.add(Enum.valueOf(type, value));
      } catch (IllegalArgumentException e) {
        errors.put(field, "Choose from the options shown");
      }
    }
    return chosen;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
