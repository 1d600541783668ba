package io.carefile.portal.platform;

import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemCode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.platform.ComplianceOfficer;
import io.carefile.platform.PlatformOnboardingRequest;
import io.carefile.platform.PlatformProfile;
import io.carefile.platform.PlatformView;
import io.carefile.platform.QualifyingRevenue;
import io.carefile.platform.ServiceFeature;
import io.carefile.platform.ServiceKind;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The platform form shared by onboarding and profile editing: reading what was typed, and putting
 * each error next to its input and in the error summary, worded by field and by problem code.
 */
@ApplicationScoped
public class PlatformForm {

  /** The form's inputs in page order; the error summary lists errors in this order. */
  static final List<String> FIELDS =
      List.of(
          "legalName",
          "tradingName",
          "slug",
          "companyNumber",
          "country",
          "serviceKinds",
          "serviceFeatures",
          "ukMonthlyActiveUsers",
          "revenueAmount",
          "revenueCurrency",
          "yearEnd",
          "officerEmail",
          "officerFirstName",
          "officerLastName");

  /** Longer than any figure the form takes (17 digits, a point and 2 decimals), with room. */
  private static final int LONGEST_NUMBER = 40;

  private final PlatformMessages messages;
  private final PortalMessages shared;

  PlatformForm(PlatformMessages messages, PortalMessages shared) {
    this.messages = messages;
    this.shared = shared;
  }

  /** What was typed, kept as text so that the form can be shown again exactly as sent. */
  public static class Fields {
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

    /** An empty onboarding form, with the usual country and currency filled in. */
    static Fields blank() {
      Fields form = new Fields();
      form.country = "GB";
      form.revenueCurrency = "GBP";
      return form;
    }

    /** The form filled with a platform's current profile, for editing it. */
    static Fields of(PlatformView platform) {
      Fields form = new Fields();
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

  /**
   * What is wrong with a posted form: a message per input, and the messages about the form as a
   * whole (shown in the summary only, linked to no input).
   */
  public static final class Errors {
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** The first error of an input wins: it is the one to put right first. */
    void field(String field, String message) {
      byField.putIfAbsent(field, message);
    }

    void general(String message) {
      general.add(message);
    }

    boolean isEmpty() {
      return byField.isEmpty() && general.isEmpty();
    }

    /** The message for each input that has one, for the template's inputs. */
    public Map<String, String> byField() {
      return byField;
    }

    /** The error summary: whole-form messages first, then each input's in page order. */
    List<ErrorLink> summary() {
      List<ErrorLink> links = new ArrayList<>();
      general.forEach(message -> links.add(new ErrorLink(null, message)));
      FIELDS.stream()
          .filter(byField::containsKey)
          .forEach(field -> links.add(ErrorLink.to(field, byField.get(field))));
      return links;
    }
  }

  @CheckedTemplate(basePath = "PlatformOnboardingPage")
  static class Templates {
    static native TemplateInstance form(
        Fields form,
        Map<String, String> errors,
        List<ErrorLink> summary,
        List<ServiceKind> kinds,
        List<ServiceFeature> features,
        String title,
        String heading,
        String action,
        boolean onboarding);
  }

  /** The form for onboarding (with slug and officer) or for editing a profile (without). */
  TemplateInstance page(Fields form, Errors errors, String action, boolean onboarding) {
    String heading = onboarding ? messages.onboardingTitle() : messages.profileTitle();
    return Templates.form(
        form,
        errors.byField(),
        errors.summary(),
        List.of(ServiceKind.values()),
        List.of(ServiceFeature.values()),
        errors.isEmpty() ? heading : shared.errorTitle(heading),
        heading,
        action,
        onboarding);
  }

  PlatformOnboardingRequest request(Fields form, Errors errors) {
    return new PlatformOnboardingRequest(
        blankToNull(form.slug),
        profile(form, errors),
        new ComplianceOfficer(
            blankToNull(form.officerEmail),
            blankToNull(form.officerFirstName),
            blankToNull(form.officerLastName)));
  }

  /** The profile typed into the form; what cannot even be read is added to {@code errors}. */
  PlatformProfile profile(Fields form, Errors errors) {
    Long users = number("ukMonthlyActiveUsers", form.ukMonthlyActiveUsers, errors, Long::valueOf);
    BigDecimal amount = number("revenueAmount", form.revenueAmount, errors, BigDecimal::new);
    LocalDate yearEnd = null;
    if (!blank(form.yearEndDay) || !blank(form.yearEndMonth) || !blank(form.yearEndYear)) {
      try {
        yearEnd =
            LocalDate.of(
                Integer.parseInt(form.yearEndYear.strip()),
                Integer.parseInt(form.yearEndMonth.strip()),
                Integer.parseInt(form.yearEndDay.strip()));
      } catch (NumberFormatException | NullPointerException | DateTimeException e) {
        errors.field("yearEnd", messages.yearEndNotADate());
      }
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

  /**
   * Records the violations of the request against their inputs, the most basic first: a missing
   * answer, then characters that cannot be kept, then the input's other rules.
   */
  void violations(Errors errors, Collection<? extends ConstraintViolation<?>> violations) {
    violations.stream()
        .sorted(
            Comparator.comparingInt((ConstraintViolation<?> violation) -> rank(violation))
                .thenComparing(violation -> violation.getPropertyPath().toString()))
        .forEach(violation -> violation(errors, violation.getPropertyPath().toString(), violation));
  }

  /**
   * Records a violation of the request against its input: "Enter …" when it is missing, that it
   * holds control or invisible characters, or the input's own rule otherwise. The constraint's kind
   * decides, never its message text.
   */
  void violation(Errors errors, String path, ConstraintViolation<?> violation) {
    String field = fieldOf(path);
    errors.field(
        field,
        switch (rank(violation)) {
          case 0 -> messages.fieldRequired(field);
          case 1 -> messages.fieldUnreadable(field);
          default -> messages.fieldInvalid(field);
        });
  }

  /** 0 for a missing answer, 1 for text that cannot be kept or read, 2 for any other rule. */
  private static int rank(ConstraintViolation<?> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == NotNull.class
        || constraint == NotBlank.class
        || constraint == NotEmpty.class) {
      return 0;
    }
    return constraint == ReadableText.class || constraint == StorableText.class ? 1 : 2;
  }

  /**
   * Puts a refusal of the platform service on the input its field path names, in the words of its
   * problem code; a refusal it does not know is not the form's to explain, and propagates.
   */
  void refusal(Errors errors, ProblemException e, Map<ProblemCode, String> wordsByCode) {
    String words =
        wordsByCode.entrySet().stream()
            .filter(entry -> e.is(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> e);
    List<Problem.FieldError> blamed = e.errors();
    if (blamed.isEmpty()) {
      errors.general(words);
    } else {
      blamed.forEach(error -> errors.field(fieldOf(error.field()), words));
    }
  }

  /** The form input a field path of the request (or of its problem) belongs to. */
  static String fieldOf(String path) {
    String field = path.startsWith("profile.") ? path.substring("profile.".length()) : path;
    return switch (field) {
      case "qualifyingRevenue.amount" -> "revenueAmount";
      case "qualifyingRevenue.currency" -> "revenueCurrency";
      case "qualifyingRevenue.financialYearEnd" -> "yearEnd";
      // The officer as a whole is put right at the first of their inputs.
      case "firstOfficer", "firstOfficer.email" -> "officerEmail";
      case "firstOfficer.firstName" -> "officerFirstName";
      case "firstOfficer.lastName" -> "officerLastName";
      default -> field.replaceAll("\\[.*", "").replaceAll("\\..*", "");
    };
  }

  private <T> T number(String field, String text, Errors errors, Function<String, T> parse) {
    if (blank(text)) {
      return null;
    }
    String number = text.strip().replace(",", "");
    // Read no further than any amount a platform has: a figure of thousands of digits is refused
    // before it is parsed.
    if (number.length() > LONGEST_NUMBER) {
      errors.field(field, messages.numberTooLarge(field));
      return null;
    }
    try {
      return parse.apply(number);
    } catch (NumberFormatException e) {
      errors.field(
          field,
          number.matches("[0-9]+") ? messages.numberTooLarge(field) : messages.notANumber(field));
      return null;
    }
  }

  private <E extends Enum<E>> Set<E> choices(
      Class<E> type, List<String> values, String field, Errors errors) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String value : values) {
      try {
        chosen.add(Enum.valueOf(type, value));
      } catch (IllegalArgumentException e) {
        errors.field(field, messages.unknownChoice());
      }
    }
    return chosen;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return blank(text) ? null : text.strip();
  }
}
