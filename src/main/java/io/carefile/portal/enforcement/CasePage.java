package io.carefile.portal.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.enforcement.AppealDecision;
import io.carefile.enforcement.AppealLodging;
import io.carefile.enforcement.AppealOutcome;
import io.carefile.enforcement.AppealPolicy;
import io.carefile.enforcement.AppealStatus;
import io.carefile.enforcement.AppealView;
import io.carefile.enforcement.CaseAppeals;
import io.carefile.enforcement.CaseHistoryEntry;
import io.carefile.enforcement.CaseQueries;
import io.carefile.enforcement.CaseRepresentations;
import io.carefile.enforcement.CaseRequirements;
import io.carefile.enforcement.CaseService;
import io.carefile.enforcement.CaseStep;
import io.carefile.enforcement.CaseTransition;
import io.carefile.enforcement.CaseView;
import io.carefile.enforcement.DocumentDownload;
import io.carefile.enforcement.DocumentView;
import io.carefile.enforcement.EnforcementProblems;
import io.carefile.enforcement.RepresentationView;
import io.carefile.enforcement.RequirementCompletion;
import io.carefile.enforcement.RequirementInput;
import io.carefile.enforcement.RequirementPolicy;
import io.carefile.enforcement.RequirementVerification;
import io.carefile.enforcement.RequirementView;
import io.carefile.enforcement.UploadedDocument;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PageLinks;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * One enforcement case, for the regulator and the case's platform alike: its grounds linked to the
 * returns and obligations they are about, the provisional notice and its deadline, representations
 * with their documents, requirements, the appeal and the history. It holds the forms its viewer may
 * use now, as the feature answers them ({@code allowedSteps}, {@code representationsOpen}, {@link
 * RequirementPolicy}, {@link AppealPolicy}): an enforcement officer's steps, verifications and
 * appeal; the platform's representations and "done" marks. Every form posts, then redirects back
 * here with a success banner (POST-redirect-GET); a refusal shows this page again with the error
 * summary, by problem code and field path, and what was typed. Another platform's case is not
 * found, as it is in the API.
 */
@Path(PortalRoutes.ENFORCEMENT_CASES + "/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasePage {

  static final int HISTORY_PAGE_SIZE = 50;

  /** The requirements a confirmation's form offers; a row left blank is no requirement. */
  static final int REQUIREMENT_ROWS = 3;

  /** The deadline the notice's form suggests, in days from today, which the officer may change. */
  static final int SUGGESTED_DAYS_FOR_REPRESENTATIONS = 28;

  static final String REPRESENTATION_TEXT = "representation-text";
  static final String DOCUMENTS = "documents";
  static final String NOTICE_TEXT = "notice-text";
  static final String NOTICE_DEADLINE = "notice-deadline";
  static final String APPEAL_GROUNDS = "appeal-grounds";
  static final String APPEAL_OUTCOME = "appeal-outcome";
  static final String APPEAL_OUTCOME_TEXT = "appeal-outcome-text";

  /** The inputs of the page's forms in page order, by their ids. */
  private static final List<String> INPUT_ORDER =
      List.of(
          "investigate-reason",
          "notice-reason",
          NOTICE_TEXT,
          NOTICE_DEADLINE,
          "confirm-reason",
          "requirement-1-text",
          "requirement-1-due",
          "requirement-2-text",
          "requirement-2-due",
          "requirement-3-text",
          "requirement-3-due",
          "close-reason",
          REPRESENTATION_TEXT,
          DOCUMENTS,
          APPEAL_GROUNDS,
          APPEAL_OUTCOME,
          APPEAL_OUTCOME_TEXT);

  private static final Pattern DOCUMENT_PATH = Pattern.compile("documents\\[(\\d+)\\]");

  private static final Pattern REQUIREMENT_PATH =
      Pattern.compile("requirements\\[(\\d+)\\]\\.(text|dueDate)");

  private final CaseQueries queries;
  private final CaseService cases;
  private final CaseRepresentations representations;
  private final CaseRequirements requirements;
  private final CaseAppeals appeals;
  private final CaseGrounds grounds;
  private final RegulatorCalendar calendar;
  private final Validator validator;
  private final Caller caller;
  private final EnforcementMessages messages;
  private final PortalMessages shared;

  CasePage(
      CaseQueries queries,
      CaseService cases,
      CaseRepresentations representations,
      CaseRequirements requirements,
      CaseAppeals appeals,
      CaseGrounds grounds,
      RegulatorCalendar calendar,
      Validator validator,
      Caller caller,
      EnforcementMessages messages,
      PortalMessages shared) {
    this.queries = queries;
    this.cases = cases;
    this.representations = representations;
    this.requirements = requirements;
    this.appeals = appeals;
    this.grounds = grounds;
    this.calendar = calendar;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
  }

  /** What was just done, said in the banner of the page the form redirects to. */
  public enum Done {
    OPENED,
    INVESTIGATION_STARTED,
    NOTICE_ISSUED,
    CONFIRMED,
    CLOSED,
    REPRESENTATIONS_MADE,
    REQUIREMENT_COMPLETED,
    REQUIREMENT_VERIFIED,
    APPEAL_LODGED,
    APPEAL_DECIDED;

    String path(String casePath) {
      return casePath + "?done=" + name();
    }

    static Done of(CaseStep step) {
      return switch (step) {
        case START_INVESTIGATION -> INVESTIGATION_STARTED;
        case ISSUE_PROVISIONAL_NOTICE -> NOTICE_ISSUED;
        case CONFIRM -> CONFIRMED;
        case CLOSE_NO_ACTION -> CLOSED;
      };
    }
  }

  /** Text as people wrote it, line by line, so that the page keeps its line breaks. */
  public record Lines(List<String> lines) {

    static Lines of(String text) {
      return new Lines(text == null ? List.of() : List.of(text.split("\\R", -1)));
    }
  }

  /** A requirement as its row shows it, numbered from 1, with the forms its viewer may use. */
  public record RequirementRow(
      int number,
      RequirementView requirement,
      Lines text,
      ZonedDateTime completedAt,
      ZonedDateTime verifiedAt,
      boolean mayComplete,
      boolean mayVerify) {

    public String noteInput() {
      return (mayComplete ? "complete-" : "verify-") + number + "-note";
    }
  }

  /** One representation, numbered from 1, with its documents' download links. */
  public record RepresentationRow(
      int number,
      RepresentationView representation,
      ZonedDateTime submittedAt,
      Lines text,
      List<DocumentRow> documents) {}

  public record DocumentRow(DocumentView document, String link) {}

  /** One step of the history, with the stages it moved between by name. */
  public record HistoryRow(
      CaseHistoryEntry entry,
      ZonedDateTime occurredAt,
      Lines reason,
      boolean moved,
      String fromName,
      String toName) {}

  /** A requirement row of the confirmation's form: its number and the ids of its inputs. */
  public record RequirementInputs(int number) {

    public String text() {
      return "requirement-" + number + "-text";
    }

    public String due() {
      return "requirement-" + number + "-due";
    }

    public String dueDay() {
      return due() + "-day";
    }

    public String dueMonth() {
      return due() + "-month";
    }

    public String dueYear() {
      return due() + "-year";
    }
  }

  /** A date as typed into a GOV.UK date input, or as the form suggests it. */
  public record TypedDate(String day, String month, String year) {}

  /** Which forms the page shows and the case's version they send. */
  public record Forms(
      boolean officer,
      boolean mayStartInvestigation,
      boolean mayIssueNotice,
      boolean mayConfirm,
      boolean mayClose,
      boolean mayRepresent,
      boolean mayLodgeAppeal,
      boolean mayDecideAppeal,
      long caseVersion,
      List<RequirementInputs> requirementInputs,
      TypedDate noticeDeadline,
      PostedForm typed) {

    /** Whether any step of the lifecycle is the officer's to take here. */
    public boolean maySomeStep() {
      return mayStartInvestigation || mayIssueNotice || mayConfirm || mayClose;
    }
  }

  /**
   * A posted form that was refused: what it sent, the errors by input id and about the page as a
   * whole, and the case version it was shown with when that still holds (null: the current one).
   */
  private record Attempt(
      PostedForm posted, Map<String, String> errors, List<String> general, Long caseVersion) {

    static Attempt none() {
      return new Attempt(PostedForm.of(new MultivaluedHashMap<>()), Map.of(), List.of(), null);
    }

    static Attempt general(PostedForm posted, String words) {
      return new Attempt(posted, Map.of(), List.of(words), null);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(
        String title,
        Done done,
        CaseView view,
        boolean regulator,
        ZonedDateTime openedAt,
        ZonedDateTime noticeIssuedAt,
        Lines openingReason,
        Lines notice,
        List<CaseGrounds.Row> grounds,
        List<RepresentationRow> representations,
        List<RequirementRow> requirements,
        Lines appealGrounds,
        Lines appealOutcome,
        Page<CaseHistoryEntry> history,
        List<HistoryRow> historyRows,
        PageLinks historyLinks,
        Forms forms,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance show(
      @PathParam("id") UUID id,
      @QueryParam("done") String done,
      @QueryParam("page") String historyPage) {
    Done banner =
        Arrays.stream(Done.values()).filter(d -> d.name().equals(done)).findFirst().orElse(null);
    return page(id, banner, PageLinks.requested(historyPage), Attempt.none());
  }

  /** An officer takes a step of the lifecycle. */
  @POST
  @Path("/steps")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object step(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    CaseStep step =
        Arrays.stream(CaseStep.values())
            .filter(s -> s.name().equals(posted.first("step")))
            .findFirst()
            .orElse(null);
    if (step == null) {
      // No button of this page sends anything else: there is nothing to do but show it.
      return redirect(id, null);
    }
    long expected = posted.version("expectedVersion");
    String reasonInput = reasonInput(step);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    LocalDate deadline = null;
    String notice = null;
    // The row each requirement sent to the service came from, by the requirement's index.
    List<Integer> rows = new ArrayList<>();
    List<RequirementInput> imposed = new ArrayList<>();
    if (step == CaseStep.ISSUE_PROVISIONAL_NOTICE) {
      notice = FormInputs.blankToNull(posted.first(NOTICE_TEXT));
      deadline = dateOf(posted, NOTICE_DEADLINE, errors, messages.deadlineNotADate());
    } else if (step == CaseStep.CONFIRM) {
      for (int number = 1; number <= REQUIREMENT_ROWS; number++) {
        RequirementInputs inputs = new RequirementInputs(number);
        String text = FormInputs.text(posted.first(inputs.text()));
        boolean dateTyped =
            !(posted.first(inputs.due() + "-day")
                    + posted.first(inputs.due() + "-month")
                    + posted.first(inputs.due() + "-year"))
                .isBlank();
        if (text.isEmpty() && !dateTyped) {
          continue;
        }
        LocalDate due = dateOf(posted, inputs.due(), errors, messages.requirementDueNotADate());
        rows.add(number);
        imposed.add(new RequirementInput(text, due));
      }
    }
    CaseTransition transition =
        new CaseTransition(
            step,
            FormInputs.text(posted.first(reasonInput)),
            expected,
            deadline,
            notice,
            imposed,
            null);
    for (ConstraintViolation<CaseTransition> violation : validator.validate(transition)) {
      String path = violation.getPropertyPath().toString();
      FormInputs.Rank rank = FormInputs.rank(violation);
      Matcher requirement = REQUIREMENT_PATH.matcher(path);
      if (path.equals("reason")) {
        errors.putIfAbsent(reasonInput, reasonWords(rank));
      } else if (path.equals("noticeText")) {
        errors.putIfAbsent(
            NOTICE_TEXT,
            rank == FormInputs.Rank.UNREADABLE
                ? messages.noticeTextUnreadable()
                : messages.noticeTextTooLong());
      } else if (requirement.matches()) {
        RequirementInputs inputs =
            new RequirementInputs(rows.get(Integer.parseInt(requirement.group(1))));
        if (requirement.group(2).equals("text")) {
          errors.putIfAbsent(
              inputs.text(),
              switch (rank) {
                case REQUIRED -> messages.requirementTextRequired();
                case UNREADABLE -> messages.requirementTextUnreadable();
                case OTHER -> messages.requirementTextTooLong();
              });
        } else {
          errors.putIfAbsent(inputs.due(), messages.requirementDueRequired());
        }
      } else if (general.isEmpty()) {
        // The hidden version came back garbled: taking the step would be refused as stale.
        general.add(messages.caseStale());
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        cases.step(id, transition);
        return redirect(id, Done.of(step));
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          return page(id, null, 1, Attempt.general(posted, messages.caseStale()));
        }
        if (e.is(EnforcementProblems.CASE_STEP_NOT_ALLOWED)) {
          return page(id, null, 1, Attempt.general(posted, messages.stepNotAllowed()));
        }
        if (e.is(EnforcementProblems.CONFIRMATION_BEFORE_DEADLINE)) {
          general.add(
              messages.confirmationBeforeDeadline(queries.get(id).representationsDeadline()));
        } else if (e.is(EnforcementProblems.REPRESENTATIONS_DEADLINE_REQUIRED)) {
          errors.put(NOTICE_DEADLINE, messages.deadlineRequired());
        } else if (e.is(EnforcementProblems.REPRESENTATIONS_DEADLINE_NOT_FUTURE)) {
          errors.put(NOTICE_DEADLINE, messages.deadlineNotFuture());
        } else if (e.is(EnforcementProblems.NOTICE_TEXT_REQUIRED)) {
          errors.put(NOTICE_TEXT, messages.noticeTextRequired());
        } else if (e.is(EnforcementProblems.REQUIREMENT_DUE_DATE_NOT_FUTURE)) {
          Matcher requirement = REQUIREMENT_PATH.matcher(e.errors().getFirst().field());
          if (requirement.matches()) {
            errors.put(
                new RequirementInputs(rows.get(Integer.parseInt(requirement.group(1)))).due(),
                messages.requirementDueNotFuture());
          } else {
            general.add(messages.requirementDueNotFuture());
          }
        } else {
          throw e;
        }
      }
    }
    return page(id, null, 1, new Attempt(posted, errors, general, kept(expected)));
  }

  /** The platform makes representations: a text and documents. */
  @POST
  @Path("/representations")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.PLATFORM_USER)
  public Object represent(
      @PathParam("id") UUID id,
      @RestForm(REPRESENTATION_TEXT) String text,
      @RestForm(DOCUMENTS) List<FileUpload> documents) {
    String typed = text == null ? "" : text;
    MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
    kept.putSingle(REPRESENTATION_TEXT, typed);
    PostedForm posted = PostedForm.of(kept);
    // A file input left empty still sends one part, with no name and no bytes: no document.
    List<UploadedDocument> uploaded =
        (documents == null ? List.<FileUpload>of() : documents)
            .stream()
                .filter(upload -> !(isBlank(upload.fileName()) && upload.size() == 0))
                .map(
                    upload ->
                        new UploadedDocument(
                            upload.fileName(),
                            upload.contentType(),
                            upload.uploadedFile(),
                            upload.size()))
                .toList();
    try {
      representations.submit(id, FormInputs.text(typed), uploaded);
      return redirect(id, Done.REPRESENTATIONS_MADE);
    } catch (ProblemException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      List<String> general = new ArrayList<>();
      if (e.is(EnforcementProblems.REPRESENTATION_TEXT_REQUIRED)) {
        errors.put(REPRESENTATION_TEXT, messages.representationTextRequired());
      } else if (e.is(EnforcementProblems.REPRESENTATION_TEXT_TOO_LONG)) {
        errors.put(REPRESENTATION_TEXT, messages.representationTextTooLong());
      } else if (e.is(ProblemType.INVALID_TEXT)) {
        errors.put(REPRESENTATION_TEXT, messages.representationTextUnreadable());
      } else if (e.is(EnforcementProblems.REPRESENTATIONS_CLOSED)) {
        general.add(messages.representationsClosed());
      } else if (e.is(EnforcementProblems.REPRESENTATIONS_NOT_INVITED)) {
        general.add(messages.representationsNotInvited());
      } else {
        errors.put(DOCUMENTS, documentRefusal(e, uploaded));
      }
      return page(id, null, 1, new Attempt(posted, errors, general, null));
    }
  }

  /** The platform marks a requirement done, with an optional note. */
  @POST
  @Path("/requirements/{requirementId}/completion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.PLATFORM_USER)
  public Object complete(
      @PathParam("id") UUID id,
      @PathParam("requirementId") UUID requirementId,
      MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    String input = "complete-" + numberOf(id, requirementId) + "-note";
    RequirementCompletion completion =
        new RequirementCompletion(
            FormInputs.blankToNull(posted.first(input)), posted.version("expectedVersion"));
    return requirementStep(
        id,
        posted,
        input,
        validator.validate(completion),
        () -> requirements.complete(id, requirementId, completion),
        Done.REQUIREMENT_COMPLETED);
  }

  /** An officer verifies a requirement the platform marked done. */
  @POST
  @Path("/requirements/{requirementId}/verification")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object verify(
      @PathParam("id") UUID id,
      @PathParam("requirementId") UUID requirementId,
      MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    String input = "verify-" + numberOf(id, requirementId) + "-note";
    RequirementVerification verification =
        new RequirementVerification(
            FormInputs.blankToNull(posted.first(input)), posted.version("expectedVersion"));
    return requirementStep(
        id,
        posted,
        input,
        validator.validate(verification),
        () -> requirements.verify(id, requirementId, verification),
        Done.REQUIREMENT_VERIFIED);
  }

  /** An officer records the platform's appeal against the confirmation decision. */
  @POST
  @Path("/appeal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object lodgeAppeal(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    AppealLodging lodging =
        new AppealLodging(FormInputs.text(posted.first(APPEAL_GROUNDS)), expected);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<AppealLodging> violation : validator.validate(lodging)) {
      if (violation.getPropertyPath().toString().equals("grounds")) {
        errors.putIfAbsent(
            APPEAL_GROUNDS,
            switch (FormInputs.rank(violation)) {
              case REQUIRED -> messages.appealGroundsRequired();
              case UNREADABLE -> messages.appealGroundsUnreadable();
              case OTHER -> messages.appealGroundsTooLong();
            });
      } else if (general.isEmpty()) {
        general.add(messages.caseStale());
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        appeals.lodge(id, lodging);
        return redirect(id, Done.APPEAL_LODGED);
      } catch (ProblemException e) {
        return page(id, null, 1, Attempt.general(posted, appealRefusal(e)));
      }
    }
    return page(id, null, 1, new Attempt(posted, errors, general, kept(expected)));
  }

  /** An officer records how the appeal ended. */
  @POST
  @Path("/appeal/outcome")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object decideAppeal(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    AppealOutcome outcome =
        Arrays.stream(AppealOutcome.values())
            .filter(o -> o.name().equals(posted.first(APPEAL_OUTCOME)))
            .findFirst()
            .orElse(null);
    AppealDecision decision =
        new AppealDecision(outcome, FormInputs.text(posted.first(APPEAL_OUTCOME_TEXT)), expected);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<AppealDecision> violation : validator.validate(decision)) {
      switch (violation.getPropertyPath().toString()) {
        case "outcome" -> errors.putIfAbsent(APPEAL_OUTCOME, messages.appealOutcomeRequired());
        case "text" ->
            errors.putIfAbsent(
                APPEAL_OUTCOME_TEXT,
                switch (FormInputs.rank(violation)) {
                  case REQUIRED -> messages.appealOutcomeTextRequired();
                  case UNREADABLE -> messages.appealOutcomeTextUnreadable();
                  case OTHER -> messages.appealOutcomeTextTooLong();
                });
        default -> {
          if (general.isEmpty()) {
            general.add(messages.caseStale());
          }
        }
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        appeals.decide(id, decision);
        return redirect(id, Done.APPEAL_DECIDED);
      } catch (ProblemException e) {
        return page(id, null, 1, Attempt.general(posted, appealRefusal(e)));
      }
    }
    return page(id, null, 1, new Attempt(posted, errors, general, kept(expected)));
  }

  /** A document of a representation, as the API answers it. */
  @GET
  @Path("/representations/{representationId}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Roles.ANY_ROLE)
  public Response document(
      @PathParam("id") UUID id,
      @PathParam("representationId") UUID representationId,
      @PathParam("documentId") UUID documentId) {
    DocumentDownload document = queries.document(id, representationId, documentId);
    return Response.ok(document.content(), document.contentType())
        .header("Content-Disposition", document.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private Object requirementStep(
      UUID id,
      PostedForm posted,
      String input,
      Set<? extends ConstraintViolation<?>> violations,
      Supplier<RequirementView> step,
      Done done) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      if (violation.getPropertyPath().toString().equals("note")) {
        errors.putIfAbsent(
            input,
            FormInputs.rank(violation) == FormInputs.Rank.UNREADABLE
                ? messages.noteUnreadable()
                : messages.noteTooLong());
      } else if (general.isEmpty()) {
        general.add(messages.requirementStale());
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        step.get();
        return redirect(id, done);
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          general.add(messages.requirementStale());
        } else if (e.is(EnforcementProblems.REQUIREMENT_STEP_NOT_ALLOWED)) {
          general.add(messages.requirementStepNotAllowed());
        } else {
          throw e;
        }
        return page(id, null, 1, new Attempt(posted, Map.of(), general, null));
      }
    }
    return page(id, null, 1, new Attempt(posted, errors, general, null));
  }

  /** The requirement's number on the case, from 1; one of no case of the caller's is not found. */
  private int numberOf(UUID id, UUID requirementId) {
    List<RequirementView> imposed = queries.get(id).requirements();
    for (int i = 0; i < imposed.size(); i++) {
      if (imposed.get(i).id().equals(requirementId)) {
        return i + 1;
      }
    }
    throw ProblemException.notFound("Requirement", requirementId);
  }

  private String appealRefusal(ProblemException e) {
    if (e.is(ProblemType.STALE_VERSION)) {
      return messages.caseStale();
    }
    if (e.is(EnforcementProblems.APPEAL_NOT_ALLOWED)) {
      return messages.appealNotAllowed();
    }
    if (e.is(EnforcementProblems.APPEAL_OUTCOME_NOT_ALLOWED)) {
      return messages.appealOutcomeNotAllowed();
    }
    throw e;
  }

  /** The words of a refused document, naming it by its file name; by the problem's code. */
  private String documentRefusal(ProblemException e, List<UploadedDocument> uploaded) {
    String name = "";
    if (!e.errors().isEmpty()) {
      Matcher at = DOCUMENT_PATH.matcher(e.errors().getFirst().field());
      if (at.matches() && Integer.parseInt(at.group(1)) < uploaded.size()) {
        String sent = uploaded.get(Integer.parseInt(at.group(1))).fileName();
        name = sent == null ? "" : sent;
      }
    }
    if (e.is(EnforcementProblems.TOO_MANY_DOCUMENTS)) {
      return messages.tooManyDocuments();
    }
    if (e.is(EnforcementProblems.DOCUMENT_EMPTY)) {
      return messages.documentEmpty(name);
    }
    if (e.is(EnforcementProblems.DOCUMENT_TOO_LARGE)) {
      return messages.documentTooLarge(name);
    }
    if (e.is(EnforcementProblems.DOCUMENT_NAME_INVALID)) {
      return messages.documentNameInvalid();
    }
    if (e.is(EnforcementProblems.DOCUMENT_TYPE_NOT_ALLOWED)) {
      return messages.documentTypeNotAllowed(name);
    }
    if (e.is(EnforcementProblems.DOCUMENT_CONTENT_MISMATCH)) {
      return messages.documentContentMismatch(name);
    }
    throw e;
  }

  private LocalDate dateOf(
      PostedForm posted, String input, Map<String, String> errors, String notADate) {
    Optional<Optional<LocalDate>> date =
        FormInputs.date(
            posted.first(input + "-day"),
            posted.first(input + "-month"),
            posted.first(input + "-year"));
    if (date.isEmpty()) {
      errors.put(input, notADate);
      return null;
    }
    return date.get().orElse(null);
  }

  private static String reasonInput(CaseStep step) {
    return switch (step) {
      case START_INVESTIGATION -> "investigate-reason";
      case ISSUE_PROVISIONAL_NOTICE -> "notice-reason";
      case CONFIRM -> "confirm-reason";
      case CLOSE_NO_ACTION -> "close-reason";
    };
  }

  private String reasonWords(FormInputs.Rank rank) {
    return switch (rank) {
      case REQUIRED -> messages.reasonRequired();
      case UNREADABLE -> messages.reasonUnreadable();
      case OTHER -> messages.reasonTooLong();
    };
  }

  private TemplateInstance page(UUID id, Done done, int historyPage, Attempt attempt) {
    CaseView view = queries.get(id);
    Page<CaseHistoryEntry> history =
        queries.history(id, PageRequest.of(historyPage, HISTORY_PAGE_SIZE));
    boolean officer = caller.hasRole(Roles.REGULATOR_ENFORCEMENT);
    boolean platform = caller.isPlatformScoped();
    Optional<AppealStatus> appeal = Optional.ofNullable(view.appeal()).map(AppealView::status);
    List<RequirementRow> requirementRows = new ArrayList<>();
    for (int i = 0; i < view.requirements().size(); i++) {
      RequirementView requirement = view.requirements().get(i);
      requirementRows.add(
          new RequirementRow(
              i + 1,
              requirement,
              Lines.of(requirement.text()),
              zoned(requirement.completedAt()),
              zoned(requirement.verifiedAt()),
              platform && RequirementPolicy.mayComplete(requirement.status(), appeal),
              officer && RequirementPolicy.mayVerify(requirement.status(), appeal)));
    }
    List<RepresentationView> made = queries.representations(id);
    List<RepresentationRow> representationRows = new ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      RepresentationView representation = made.get(i);
      representationRows.add(
          new RepresentationRow(
              i + 1,
              representation,
              zoned(representation.submittedAt()),
              Lines.of(representation.text()),
              representation.documents().stream()
                  .map(
                      document ->
                          new DocumentRow(
                              document,
                              PortalRoutes.enforcementCase(id)
                                  + "/representations/"
                                  + representation.id()
                                  + "/documents/"
                                  + document.id()))
                  .toList()));
    }
    Forms forms =
        new Forms(
            officer,
            officer && view.allowedSteps().contains(CaseStep.START_INVESTIGATION),
            officer && view.allowedSteps().contains(CaseStep.ISSUE_PROVISIONAL_NOTICE),
            officer && view.allowedSteps().contains(CaseStep.CONFIRM),
            officer && view.allowedSteps().contains(CaseStep.CLOSE_NO_ACTION),
            platform && view.representationsOpen(),
            officer && AppealPolicy.mayLodge(view.stage(), appeal),
            officer && !AppealPolicy.outcomesFrom(appeal).isEmpty(),
            Optional.ofNullable(attempt.caseVersion()).orElse(view.version()),
            IntStream.rangeClosed(1, REQUIREMENT_ROWS).mapToObj(RequirementInputs::new).toList(),
            noticeDeadline(attempt.posted()),
            attempt.posted());
    Map<String, String> errors = attempt.errors();
    List<ErrorLink> summary = new ArrayList<>();
    attempt.general().forEach(words -> summary.add(new ErrorLink(null, words)));
    // One form's errors at a time, listed in the order of its inputs on the page.
    INPUT_ORDER.stream()
        .filter(errors::containsKey)
        .forEach(input -> summary.add(ErrorLink.to(input, errors.get(input))));
    errors.keySet().stream()
        .filter(input -> !INPUT_ORDER.contains(input))
        .forEach(input -> summary.add(ErrorLink.to(input, errors.get(input))));
    String heading = messages.caseTitle(view.reference());
    return Templates.page(
        summary.isEmpty() ? heading : shared.errorTitle(heading),
        summary.isEmpty() ? done : null,
        view,
        caller.isRegulator(),
        zoned(view.openedAt()),
        zoned(view.noticeIssuedAt()),
        Lines.of(view.openingReason()),
        Lines.of(view.noticeText()),
        grounds.rows(view.grounds(), caller.isRegulator()),
        representationRows,
        requirementRows,
        Lines.of(view.appeal() == null ? null : view.appeal().grounds()),
        Lines.of(view.appeal() == null ? null : view.appeal().outcomeText()),
        history,
        history.items().stream()
            .map(
                entry ->
                    new HistoryRow(
                        entry,
                        zoned(entry.occurredAt()),
                        Lines.of(entry.reason()),
                        entry.fromStage() != null && entry.fromStage() != entry.toStage(),
                        entry.fromStage() == null ? null : messages.stageName(entry.fromStage()),
                        messages.stageName(entry.toStage())))
            .toList(),
        PageLinks.of(history, number -> PortalRoutes.enforcementCase(id) + "?page=" + number),
        forms,
        errors,
        summary);
  }

  /** The notice's deadline as the refused notice typed it, or else as the form suggests it. */
  private TypedDate noticeDeadline(PostedForm posted) {
    if (CaseStep.ISSUE_PROVISIONAL_NOTICE.name().equals(posted.first("step"))) {
      return new TypedDate(
          posted.first(NOTICE_DEADLINE + "-day"),
          posted.first(NOTICE_DEADLINE + "-month"),
          posted.first(NOTICE_DEADLINE + "-year"));
    }
    LocalDate suggested = calendar.today().plusDays(SUGGESTED_DAYS_FOR_REPRESENTATIONS);
    return new TypedDate(
        String.valueOf(suggested.getDayOfMonth()),
        String.valueOf(suggested.getMonthValue()),
        String.valueOf(suggested.getYear()));
  }

  private ZonedDateTime zoned(Instant instant) {
    return instant == null ? null : instant.atZone(calendar.zone());
  }

  private static Response redirect(UUID id, Done done) {
    String casePath = PortalRoutes.enforcementCase(id);
    return Response.seeOther(URI.create(done == null ? casePath : done.path(casePath))).build();
  }

  /** The version a refused form was shown with, kept unless it came back garbled. */
  private static Long kept(long expected) {
    return expected < 0 ? null : expected;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
