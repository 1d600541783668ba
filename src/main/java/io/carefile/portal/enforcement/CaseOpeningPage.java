package io.carefile.portal.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.enforcement.CaseOpening;
import io.carefile.enforcement.CaseService;
import io.carefile.enforcement.CaseView;
import io.carefile.enforcement.EnforcementProblems;
import io.carefile.enforcement.GroundInput;
import io.carefile.enforcement.GroundKind;
import io.carefile.platform.PlatformFilter;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An enforcement officer opens a case against a platform: the platform, why, and up to {@link
 * #GROUND_ROWS} grounds, each of a kind with what it links (a return and its version, an
 * obligation, a rule id) and a finding in words. The same service as {@code POST
 * /api/v1/enforcement-cases}; its refusals are shown on the input their field path names.
 */
@Path(PortalRoutes.ENFORCEMENT_CASE_OPENING)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CaseOpeningPage {

  /** The grounds the form offers; a row left blank is no ground. */
  static final int GROUND_ROWS = 3;

  /** The platforms the form's list offers, by name; one asked for by its id is always there. */
  static final int PLATFORM_CHOICES = PageRequest.MAX_SIZE;

  private static final String PLATFORM = "platformId";
  private static final String REASON = "reason";
  private static final List<String> GROUND_INPUTS =
      List.of("kind", "filingId", "versionNumber", "obligationId", "ruleId", "finding");
  private static final Pattern GROUND_PATH = Pattern.compile("grounds\\[(\\d+)\\](?:\\.(\\w+))?.*");

  private final CaseService cases;
  private final PlatformService platforms;
  private final Validator validator;
  private final EnforcementMessages messages;
  private final PortalMessages shared;

  CaseOpeningPage(
      CaseService cases,
      PlatformService platforms,
      Validator validator,
      EnforcementMessages messages,
      PortalMessages shared) {
    this.cases = cases;
    this.platforms = platforms;
    this.validator = validator;
    this.messages = messages;
    this.shared = shared;
  }

  /** One option of a select: its value, its words and whether it is the one chosen. */
  public record Option(String value, String label, boolean selected) {}

  /** One ground row of the form: its number (from 1), its kinds and what was typed in it. */
  public record GroundRow(int number, List<Option> kinds, Map<String, String> typed) {

    /** The id (and name) of the row's input for the ground's member. */
    public String input(String member) {
      return "ground-" + number + "-" + member;
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        String title,
        List<Option> platformOptions,
        String reason,
        List<GroundRow> grounds,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public TemplateInstance form(@QueryParam(PLATFORM) String platformId) {
    MultivaluedMap<String, String> prefilled = new MultivaluedHashMap<>();
    prefilled.putSingle(PLATFORM, platformId == null ? "" : platformId);
    return page(PostedForm.of(prefilled), null, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object open(MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    Map<String, String> errors = new LinkedHashMap<>();
    UUID platformId = chosenPlatform(posted.first(PLATFORM));
    // The row each ground sent to the service came from, by the ground's index.
    List<Integer> rows = new ArrayList<>();
    List<GroundInput> grounds = new ArrayList<>();
    for (int number = 1; number <= GROUND_ROWS; number++) {
      GroundInput ground = groundOf(posted, number, errors);
      if (ground != null) {
        rows.add(number);
        grounds.add(ground);
      }
    }
    CaseOpening opening =
        new CaseOpening(platformId, grounds, FormInputs.text(posted.first(REASON)));
    for (ConstraintViolation<CaseOpening> violation : validator.validate(opening)) {
      String path = violation.getPropertyPath().toString();
      FormInputs.Rank rank = FormInputs.rank(violation);
      if (path.equals(PLATFORM)) {
        errors.putIfAbsent(PLATFORM, messages.openingPlatformRequired());
      } else if (path.equals(REASON)) {
        errors.putIfAbsent(
            REASON,
            switch (rank) {
              case REQUIRED -> messages.reasonRequired();
              case UNREADABLE -> messages.reasonUnreadable();
              case OTHER -> messages.reasonTooLong();
            });
      } else {
        String input = groundInput(path, rows);
        if (input != null) {
          errors.putIfAbsent(input, groundWords(input, rank));
        }
      }
    }
    if (!errors.isEmpty()) {
      return page(posted, null, errors);
    }
    try {
      CaseView opened = cases.open(opening);
      return Response.seeOther(
              URI.create(CasePage.Done.OPENED.path(PortalRoutes.enforcementCase(opened.id()))))
          .build();
    } catch (ProblemException e) {
      String words = refusal(e);
      String field = e.errors().isEmpty() ? null : e.errors().getFirst().field();
      String input =
          e.is(EnforcementProblems.CASE_GROUNDS_REQUIRED)
              ? "ground-1-kind"
              : field == null ? null : groundInput(field, rows);
      if (input == null) {
        return page(posted, words, Map.of());
      }
      return page(posted, null, Map.of(input, words));
    }
  }

  /** The row's ground, null when the row was left blank; an input that is no id is an error. */
  private GroundInput groundOf(PostedForm posted, int number, Map<String, String> errors) {
    String prefix = "ground-" + number + "-";
    Map<String, String> typed = new LinkedHashMap<>();
    GROUND_INPUTS.forEach(member -> typed.put(member, posted.first(prefix + member).strip()));
    if (typed.values().stream().allMatch(String::isEmpty)) {
      return null;
    }
    GroundKind kind =
        Arrays.stream(GroundKind.values())
            .filter(k -> k.name().equals(typed.get("kind")))
            .findFirst()
            .orElse(null);
    if (kind == null) {
      errors.put(prefix + "kind", messages.groundKindRequired());
    }
    UUID filingId = idOf(typed.get("filingId"), prefix + "filingId", errors);
    UUID obligationId = idOf(typed.get("obligationId"), prefix + "obligationId", errors);
    Integer version = null;
    if (!typed.get("versionNumber").isEmpty()) {
      if (typed.get("versionNumber").matches("[0-9]{1,9}")) {
        version = Integer.parseInt(typed.get("versionNumber"));
      } else {
        errors.put(prefix + "versionNumber", messages.groundVersionInvalid());
      }
    }
    return new GroundInput(
        kind,
        obligationId,
        filingId,
        version,
        typed.get("ruleId").isEmpty() ? null : typed.get("ruleId"),
        FormInputs.blankToNull(posted.first(prefix + "finding")));
  }

  private UUID idOf(String typed, String input, Map<String, String> errors) {
    Optional<Optional<UUID>> id = FormInputs.id(typed);
    if (id.isEmpty()) {
      errors.put(input, messages.groundIdInvalid());
      return null;
    }
    return id.get().orElse(null);
  }

  /** The row input a field path of the opening names: {@code grounds[1].filingId}. */
  private static String groundInput(String path, List<Integer> rows) {
    Matcher matcher = GROUND_PATH.matcher(path);
    if (!matcher.matches()) {
      return path.equals("grounds") ? "ground-1-kind" : null;
    }
    int index = Integer.parseInt(matcher.group(1));
    if (index >= rows.size()) {
      return null;
    }
    String member = matcher.group(2);
    return "ground-"
        + rows.get(index)
        + "-"
        + (member != null && GROUND_INPUTS.contains(member) ? member : "kind");
  }

  private String groundWords(String input, FormInputs.Rank rank) {
    String member = input.substring(input.lastIndexOf('-') + 1);
    return switch (member) {
      case "kind" -> messages.groundKindRequired();
      case "versionNumber" -> messages.groundVersionInvalid();
      case "ruleId" ->
          rank == FormInputs.Rank.UNREADABLE
              ? messages.groundRuleUnreadable()
              : messages.groundRuleTooLong();
      case "finding" ->
          rank == FormInputs.Rank.UNREADABLE
              ? messages.groundFindingUnreadable()
              : messages.groundFindingTooLong();
      default -> messages.groundIdInvalid();
    };
  }

  /**
   * The words of a refused opening, by its problem code; one the page does not expect propagates.
   */
  private String refusal(ProblemException e) {
    if (e.is(EnforcementProblems.CASE_GROUNDS_REQUIRED)) {
      return messages.groundsRequired();
    }
    if (e.is(EnforcementProblems.CASE_GROUND_INCOMPLETE)) {
      return messages.groundIncomplete();
    }
    if (e.is(EnforcementProblems.CASE_GROUND_REPEATED)) {
      return messages.groundRepeated();
    }
    if (e.is(EnforcementProblems.CASE_GROUND_NOT_OF_PLATFORM)) {
      return messages.groundNotOfPlatform();
    }
    if (e.is(EnforcementProblems.CASE_GROUND_ALREADY_OPEN)) {
      return messages.groundAlreadyOpen();
    }
    throw e;
  }

  /** The platform chosen, when it is one; an id of none is no choice, as an empty one is. */
  private UUID chosenPlatform(String sent) {
    UUID id = FormInputs.id(sent).flatMap(chosen -> chosen).orElse(null);
    if (id == null) {
      return null;
    }
    try {
      return platforms.get(id).id();
    } catch (ProblemException notFound) {
      return null;
    }
  }

  /** The platforms the list offers, by name, with the one asked for among them when it exists. */
  private List<PlatformView> platformChoices(UUID wanted) {
    List<PlatformView> choices =
        new ArrayList<>(
            platforms
                .list(PlatformFilter.of(null, null, null), PageRequest.of(1, PLATFORM_CHOICES))
                .items());
    if (wanted != null && choices.stream().noneMatch(p -> p.id().equals(wanted))) {
      try {
        choices.add(platforms.get(wanted));
      } catch (ProblemException notFound) {
        // No such platform: the list offers the others.
      }
    }
    choices.sort(Comparator.comparing(PlatformView::legalName, String.CASE_INSENSITIVE_ORDER));
    return choices;
  }

  private TemplateInstance page(PostedForm posted, String general, Map<String, String> errors) {
    UUID wanted = FormInputs.id(posted.first(PLATFORM)).flatMap(id -> id).orElse(null);
    List<Option> platformOptions =
        platformChoices(wanted).stream()
            .map(
                platform ->
                    new Option(
                        platform.id().toString(),
                        platform.legalName() + " (" + platform.tradingName() + ")",
                        platform.id().equals(wanted)))
            .toList();
    List<GroundRow> grounds =
        IntStream.rangeClosed(1, GROUND_ROWS)
            .mapToObj(
                number -> {
                  Map<String, String> typed = new LinkedHashMap<>();
                  GROUND_INPUTS.forEach(
                      member -> typed.put(member, posted.first("ground-" + number + "-" + member)));
                  List<Option> kinds =
                      Arrays.stream(GroundKind.values())
                          .map(
                              kind ->
                                  new Option(
                                      kind.name(),
                                      messages.groundKindName(kind),
                                      kind.name().equals(typed.get("kind"))))
                          .toList();
                  return new GroundRow(number, kinds, typed);
                })
            .toList();
    List<ErrorLink> summary = new ArrayList<>();
    if (general != null) {
      summary.add(new ErrorLink(null, general));
    }
    List<String> inputs = new ArrayList<>(List.of(PLATFORM, REASON));
    grounds.forEach(row -> GROUND_INPUTS.forEach(member -> inputs.add(row.input(member))));
    inputs.stream()
        .filter(errors::containsKey)
        .forEach(input -> summary.add(ErrorLink.to(input, errors.get(input))));
    String title = messages.openingTitle();
    return Templates.form(
        summary.isEmpty() ? title : shared.errorTitle(title),
        platformOptions,
        posted.first(REASON),
        grounds,
        errors,
        summary);
  }
}
