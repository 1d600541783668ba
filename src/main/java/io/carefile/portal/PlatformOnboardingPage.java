package io.carefile.portal;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.platform.ComplianceOfficer;
import io.carefile.platform.PlatformOnboarding;
import io.carefile.platform.PlatformOnboardingRequest;
import io.carefile.platform.PlatformProfile;
import io.carefile.platform.PlatformService;
import io.carefile.platform.QualifyingRevenue;
import io.carefile.platform.ServiceFeature;
import io.carefile.platform.ServiceKind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The regulator administrator's onboarding form: the same request and the same service as {@code
 * POST /api/v1/platforms}, with each problem shown next to its field and in an error summary.
 */
@Path(PlatformsPage.PATH + "/new")
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
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        Form form,
        Map<String, String> errors,
        List<ServiceKind> kinds,
        List<ServiceFeature> features);
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
    for (ConstraintViolation<PlatformOnboardingRequest> violation : validator.validate(request)) {
      errors.putIfAbsent(fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
    }
    if (!errors.isEmpty()) {
      return page(form, errors);
    }
    try {
      PlatformOnboarding onboarded = platforms.onboard(request);
      return Response.seeOther(URI.create(PlatformsPage.PATH + "/" + onboarded.platform().id()))
          .build();
    } catch (ProblemException e) {
      // A conflict names the taken slug or e-mail address; anything else concerns the whole form.
      String field = e.getMessage().contains("mail") ? "officerEmail" : "slug";
      return page(form, Map.of(field, e.getMessage()));
    }
  }

  private static TemplateInstance page(Form form, Map<String, String> errors) {
    return Templates.form(
        form, errors, List.of(ServiceKind.values()), List.of(ServiceFeature.values()));
  }

  private static PlatformOnboardingRequest toRequest(Form form, Map<String, String> errors) {
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
    return new PlatformOnboardingRequest(
        blankToNull(form.slug),
        new PlatformProfile(
            blankToNull(form.legalName),
            blankToNull(form.tradingName),
            blankToNull(form.companyNumber),
            blankToNull(form.country),
            kinds,
            features,
            users,
            new QualifyingRevenue(amount, blankToNull(form.revenueCurrency), yearEnd)),
        new ComplianceOfficer(
            blankToNull(form.officerEmail),
            blankToNull(form.officerFirstName),
            blankToNull(form.officerLastName)));
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

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e) {
    return ForbiddenPage.response();
  }
}
