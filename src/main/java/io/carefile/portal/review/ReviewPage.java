package io.carefile.portal.review;

import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.filing.FilingLifecycle;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.ReviewStep;
import io.carefile.portal.review.ReviewDossiers.Dossier;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.carefile.review.Assignment;
import io.carefile.review.Decision;
import io.carefile.review.DecisionFinding;
import io.carefile.review.RejectionReason;
import io.carefile.review.RejectionReasons;
import io.carefile.review.ReviewItem;
import io.carefile.review.ReviewOutcome;
import io.carefile.review.ReviewProblems;
import io.carefile.review.ReviewService;
import io.carefile.scoring.AppliedOverride;
import io.carefile.scoring.BandOverride;
import io.carefile.scoring.OverrideBand;
import io.carefile.scoring.OverrideChange;
import io.carefile.scoring.OverrideReason;
import io.carefile.scoring.ScoreOverridePolicy;
import io.carefile.scoring.ScoreOverrideService;
import io.carefile.scoring.ScoreOverrideStep;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringProblems;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An analyst's page of one return under review: what it holds beside the previous period and its
 * peers, its score and override, versions, queries and decisions, and the forms of each step
 * (assignment, override, decision). Every form posts back here with its {@code expectedVersion},
 * redirects to this page with a success banner when the step is taken (POST-redirect-GET), and
 * otherwise shows this page again with the refusal in the error summary, by problem code and field
 * path, and what was typed.
 */
@Path(PortalRoutes.REVIEWS + "/{filingId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

  /** The page's inputs in page order, by their ids; the error summary lists them in this order. */
  private static final List<String> INPUTS =
      List.of(
          "reassign-assignee",
          "override-band",
          "override-reason",
          "override-comment",
          "accept-note",
          "finding-text",
          "finding-fields",
          "reject-reasons",
          "reject-text");

  private final ReviewDossiers dossiers;
  private final ReviewService reviews;
  private final ScoreOverrideService overrides;
  private final RejectionReasons rejectionReasons;
  private final Validator validator;
  private final Caller caller;
  private final ReviewMessages messages;
  private final PortalMessages shared;

  ReviewPage(
      ReviewDossiers dossiers,
      ReviewService reviews,
      ScoreOverrideService overrides,
      RejectionReasons rejectionReasons,
      Validator validator,
      Caller caller,
      ReviewMessages messages,
      PortalMessages shared) {
    this.dossiers = dossiers;
    this.reviews = reviews;
    this.overrides = overrides;
    this.rejectionReasons = rejectionReasons;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
  }

  /** A step taken, named in the success banner of the page it redirects to. */
  public enum Done {
    ASSIGNED_TO_YOU,
    REASSIGNED,
    RELEASED,
    ACCEPTED,
    ACCEPTED_WITH_FINDINGS,
    REJECTED,
    OVERRIDDEN,
    RECONFIRMED,
    LAPSED,
    WITHDRAWN
  }

  /** A radio, checkbox or option: its input id, value, words and whether it is chosen. */
  public record Choice(String id, String value, String label, boolean checked) {}

  /** What was typed into the text inputs, to show them again. */
  public record Typed(
      String assignee, String note, String findingText, String rejectText, String comment) {}

  /** Which forms the page shows, with the versions they send and their choices. */
  public record Forms(
      boolean analyst,
      boolean mayAssignToMe,
      boolean mayRelease,
      boolean mayReassign,
      boolean mayAccept,
      boolean mayReject,
      boolean mayRaiseQuery,
      boolean mayOverride,
      boolean mayReconfirm,
      boolean mayLapse,
      boolean mayWithdraw,
      long reviewVersion,
      long overrideVersion,
      List<Choice> overrideBands,
      List<Choice> overrideReasons,
      List<Choice> findingFields,
      List<Choice> rejectionReasons,
      Typed typed) {}

  /**
   * A posted form that was refused: what it sent, the errors by input id and about the page as a
   * whole, and the versions it was shown with when they still hold (null: show the current ones).
   */
  private record Attempt(
      PostedForm posted,
      Map<String, String> errors,
      List<String> general,
      Long reviewVersion,
      Long overrideVersion) {

    static Attempt none() {
      return new Attempt(
          PostedForm.of(new MultivaluedHashMap<>()), Map.of(), List.of(), null, null);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance review(
        String title,
        Done done,
        Dossier dossier,
        Forms forms,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance show(
      @PathParam("filingId") UUID filingId, @QueryParam("done") String done) {
    Done banner =
        Arrays.stream(Done.values()).filter(d -> d.name().equals(done)).findFirst().orElse(null);
    return page(filingId, banner, Attempt.none());
  }

  /** Assigns the return to the analyst, releases it, or reassigns it to the username typed. */
  @POST
  @Path("/assignee")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object assign(@PathParam("filingId") UUID filingId, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    String action = posted.first("action");
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    Done done;
    Supplier<ReviewItem> step;
    switch (action) {
      case "self" -> {
        done = Done.ASSIGNED_TO_YOU;
        Assignment assignment = new Assignment(caller.username(), expected);
        step = () -> reviews.assign(filingId, assignment);
      }
      case "reassign" -> {
        done = Done.REASSIGNED;
        Assignment assignment = new Assignment(posted.first("assignee"), expected);
        for (ConstraintViolation<Assignment> violation : validator.validate(assignment)) {
          if ("assignee".equals(violation.getPropertyPath().toString())) {
            errors.putIfAbsent(
                "reassign-assignee",
                switch (rank(violation)) {
                  case REQUIRED -> messages.assigneeRequired();
                  case UNREADABLE -> messages.assigneeUnreadable();
                  case OTHER -> messages.assigneeTooLong();
                });
          } else if (general.isEmpty()) {
            general.add(messages.reviewStale());
          }
        }
        step = () -> reviews.assign(filingId, assignment);
      }
      case "release" -> {
        done = Done.RELEASED;
        step = () -> reviews.release(filingId, expected);
      }
      default -> {
        // No button of this page sends anything else: there is nothing to do but show it.
        return redirect(filingId, null);
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        step.get();
        return redirect(filingId, done);
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          return page(
              filingId,
              null,
              new Attempt(posted, Map.of(), List.of(messages.reviewStale()), null, null));
        }
        if (e.is(ReviewProblems.ASSIGNEE_NOT_ANALYST) && "reassign".equals(action)) {
          errors.put("reassign-assignee", messages.assigneeNotAnalyst());
        } else if (e.is(ReviewProblems.ASSIGNMENT_NOT_ALLOWED)) {
          general.add(messages.assignmentNotAllowed());
        } else if (e.is(ReviewProblems.REVIEW_NOT_ASSIGNED)) {
          general.add(messages.releaseNotAssigned());
        } else {
          throw e;
        }
      }
    }
    return page(filingId, null, new Attempt(posted, errors, general, kept(expected), null));
  }

  /** Accepts the return, accepts it with a finding, or rejects it with reasons and a text. */
  @POST
  @Path("/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object decide(@PathParam("filingId") UUID filingId, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    ReviewOutcome outcome =
        Arrays.stream(ReviewOutcome.values())
            .filter(o -> o.name().equals(posted.first("outcome")))
            .findFirst()
            .orElse(null);
    if (outcome == null) {
      return redirect(filingId, null);
    }
    List<DecisionFinding> findings = new ArrayList<>();
    List<String> reasonCodes = new ArrayList<>();
    String text = null;
    switch (outcome) {
      case ACCEPT -> text = blankToNull(posted.first("note"));
      case ACCEPT_WITH_FINDINGS -> {
        String finding = blankToNull(posted.first("findingText"));
        if (finding != null) {
          Set<String> codes = dossiers.templateOf(filingId).fields().keySet();
          // A question that is none of the template's is no choice of the list.
          List<String> fields =
              posted.all("findingFields").stream().filter(codes::contains).distinct().toList();
          findings.add(new DecisionFinding(finding, fields));
        }
      }
      case REJECT -> {
        posted.all("reasonCodes").stream()
            .filter(code -> rejectionReasons.find(code).isPresent())
            .distinct()
            .forEach(reasonCodes::add);
        text = blankToNull(posted.first("text"));
      }
    }
    Decision decision = new Decision(outcome, findings, reasonCodes, text, expected);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<Decision> violation : validator.validate(decision)) {
      String path = violation.getPropertyPath().toString();
      String input = decisionInput(outcome, path);
      if (input == null) {
        if (general.isEmpty()) {
          general.add(messages.reviewStale());
        }
        continue;
      }
      Rank rank = rank(violation);
      errors.putIfAbsent(
          input,
          switch (input) {
            case "finding-text" ->
                rank == Rank.REQUIRED
                    ? messages.findingRequired()
                    : rank == Rank.UNREADABLE
                        ? messages.findingUnreadable()
                        : messages.findingTooLong();
            case "reject-text" ->
                rank == Rank.UNREADABLE
                    ? messages.rejectTextUnreadable()
                    : messages.rejectTextTooLong();
            case "accept-note" ->
                rank == Rank.UNREADABLE ? messages.noteUnreadable() : messages.noteTooLong();
            case "reject-reasons" -> messages.reasonUnknown();
            default -> messages.findingFieldUnknown();
          });
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        reviews.decide(filingId, decision);
        return redirect(
            filingId,
            switch (outcome) {
              case ACCEPT -> Done.ACCEPTED;
              case ACCEPT_WITH_FINDINGS -> Done.ACCEPTED_WITH_FINDINGS;
              case REJECT -> Done.REJECTED;
            });
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          return page(
              filingId,
              null,
              new Attempt(posted, Map.of(), List.of(messages.reviewStale()), null, null));
        }
        String words = decisionRefusal(e);
        List<Problem.FieldError> blamed = e.errors();
        if (e.is(FilingProblems.REVIEW_STEP_NOT_ALLOWED) || blamed.isEmpty()) {
          general.add(words);
        } else {
          blamed.forEach(
              error -> {
                String input = decisionInput(outcome, error.field());
                if (input == null) {
                  general.add(words);
                } else {
                  errors.putIfAbsent(input, words);
                }
              });
        }
      }
    }
    return page(filingId, null, new Attempt(posted, errors, general, kept(expected), null));
  }

  /** Overrides the band of the return's latest version with a reason and a comment. */
  @POST
  @Path("/score-override")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object override(
      @PathParam("filingId") UUID filingId, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    OverrideBand band =
        Arrays.stream(OverrideBand.values())
            .filter(b -> b.name().equals(posted.first("band")))
            .findFirst()
            .orElse(null);
    // A reason that is none of the list's is no choice.
    String reasonCode =
        overrides.reasons().stream()
            .map(OverrideReason::code)
            .filter(code -> code.equals(posted.first("reasonCode")))
            .findFirst()
            .orElse(null);
    BandOverride request =
        new BandOverride(band, reasonCode, blankToNull(posted.first("comment")), expected);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<BandOverride> violation : validator.validate(request)) {
      Rank rank = rank(violation);
      switch (violation.getPropertyPath().toString()) {
        case "band" -> errors.putIfAbsent("override-band", messages.overrideBandRequired());
        case "reasonCode" ->
            errors.putIfAbsent("override-reason", messages.overrideReasonRequired());
        case "comment" ->
            errors.putIfAbsent(
                "override-comment",
                switch (rank) {
                  case REQUIRED -> messages.overrideCommentRequired();
                  case UNREADABLE -> messages.overrideCommentUnreadable();
                  case OTHER -> messages.overrideCommentTooLong();
                });
        default -> {
          if (general.isEmpty()) {
            general.add(messages.overrideStale());
          }
        }
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        overrides.override(filingId, request);
        return redirect(filingId, Done.OVERRIDDEN);
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          return page(
              filingId,
              null,
              new Attempt(posted, Map.of(), List.of(messages.overrideStale()), null, null));
        }
        if (e.is(ScoringProblems.OVERRIDE_UNCHANGED)) {
          errors.put("override-band", messages.overrideBandUnchanged());
        } else if (e.is(ScoringProblems.UNKNOWN_OVERRIDE_REASON)) {
          errors.put("override-reason", messages.overrideReasonUnknown());
        } else {
          throw e;
        }
      }
    }
    return page(filingId, null, new Attempt(posted, errors, general, null, kept(expected)));
  }

  /** Re-confirms, lets lapse or withdraws the override of the latest version. */
  @POST
  @Path("/score-override/step")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object overrideStep(
      @PathParam("filingId") UUID filingId, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    OverrideChange change = new OverrideChange(posted.version("expectedVersion"));
    Done done;
    try {
      switch (posted.first("step")) {
        case "reconfirm" -> {
          overrides.reconfirm(filingId, change);
          done = Done.RECONFIRMED;
        }
        case "lapse" -> {
          overrides.lapse(filingId, change);
          done = Done.LAPSED;
        }
        case "withdraw" -> {
          overrides.withdraw(filingId, change);
          done = Done.WITHDRAWN;
        }
        default -> done = null;
      }
    } catch (ProblemException e) {
      String words;
      if (e.is(ProblemType.STALE_VERSION)) {
        words = messages.overrideStale();
      } else if (e.is(ScoringProblems.NO_SCORE_OVERRIDE)) {
        words = messages.overrideGone();
      } else if (e.is(ScoringProblems.OVERRIDE_STEP_NOT_ALLOWED)) {
        words = messages.overrideStepNotAllowed();
      } else if (e.is(ScoringProblems.OVERRIDE_UNCHANGED)) {
        words = messages.overrideNothingToReconfirm();
      } else {
        throw e;
      }
      // About the override as it now stands: the page shows it again, read afresh.
      return page(filingId, null, new Attempt(posted, Map.of(), List.of(words), null, null));
    }
    return redirect(filingId, done);
  }

  /** The decision form's input a field path of the decision (or of its refusal) is about. */
  private static String decisionInput(ReviewOutcome outcome, String path) {
    if (path.startsWith("findings")) {
      return path.contains(".fields") ? "finding-fields" : "finding-text";
    }
    if (path.startsWith("reasonCodes")) {
      return "reject-reasons";
    }
    if (path.equals("text")) {
      return outcome == ReviewOutcome.REJECT ? "reject-text" : "accept-note";
    }
    return null;
  }

  /**
   * The words of a refused decision, by its problem code; one the page does not expect propagates.
   */
  private String decisionRefusal(ProblemException e) {
    if (e.is(ReviewProblems.FINDINGS_REQUIRED)) {
      return messages.findingRequired();
    }
    if (e.is(ReviewProblems.REJECTION_REASONS_REQUIRED)) {
      return messages.reasonsRequired();
    }
    if (e.is(ReviewProblems.REJECTION_TEXT_REQUIRED)) {
      return messages.rejectTextRequired();
    }
    if (e.is(ReviewProblems.UNKNOWN_REJECTION_REASON)) {
      return messages.reasonUnknown();
    }
    if (e.is(ReviewProblems.UNKNOWN_FINDING_FIELD)) {
      return messages.findingFieldUnknown();
    }
    if (e.is(FilingProblems.REVIEW_STEP_NOT_ALLOWED)) {
      return messages.decisionNotAllowed();
    }
    throw e;
  }

  /** How basic a violation is: a missing answer, text that cannot be kept, any other rule. */
  private enum Rank {
    REQUIRED,
    UNREADABLE,
    OTHER
  }

  private static Rank rank(ConstraintViolation<?> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == NotNull.class || constraint == NotBlank.class) {
      return Rank.REQUIRED;
    }
    if (constraint == ReadableText.class || constraint == StorableText.class) {
      return Rank.UNREADABLE;
    }
    return Rank.OTHER;
  }

  private static Response redirect(UUID filingId, Done done) {
    String target = PortalRoutes.review(filingId) + (done == null ? "" : "?done=" + done.name());
    return Response.seeOther(URI.create(target)).build();
  }

  private TemplateInstance page(UUID filingId, Done done, Attempt attempt) {
    Dossier dossier = dossiers.of(filingId);
    Map<String, String> errors = attempt.errors();
    List<ErrorLink> summary = new ArrayList<>();
    attempt.general().forEach(words -> summary.add(new ErrorLink(null, words)));
    INPUTS.stream()
        .filter(errors::containsKey)
        .forEach(input -> summary.add(ErrorLink.to(input, errors.get(input))));
    String heading = messages.reviewTitle(dossier.item().platformName(), dossier.returnTitle());
    return Templates.review(
        summary.isEmpty() ? heading : shared.errorTitle(heading),
        summary.isEmpty() ? done : null,
        dossier,
        forms(dossier, attempt),
        errors,
        summary);
  }

  private Forms forms(Dossier dossier, Attempt attempt) {
    ReviewItem item = dossier.item();
    PostedForm posted = attempt.posted();
    boolean analyst = caller.hasRole(Roles.REGULATOR_ANALYST);
    boolean assignable = ReviewService.assignable(item.status());
    boolean mine = caller.username().equals(item.assignee());
    ScoreView score = dossier.score();
    AppliedOverride applied = score == null ? null : score.override();
    boolean current = applied != null && ScoreOverridePolicy.isCurrent(applied.state());

    List<Choice> bands = new ArrayList<>();
    if (score != null) {
      for (OverrideBand band : OverrideBand.values()) {
        if (ScoreOverridePolicy.overrides(score.computedBand(), band.band())) {
          bands.add(
              new Choice(
                  bands.isEmpty() ? "override-band" : "override-band-" + (bands.size() + 1),
                  band.name(),
                  shared.scoreBand(band.band()),
                  band.name().equals(posted.first("band"))));
        }
      }
    }
    List<Choice> reasons =
        overrides.reasons().stream()
            .map(
                reason ->
                    new Choice(
                        reason.code(),
                        reason.code(),
                        reason.label(),
                        reason.code().equals(posted.first("reasonCode"))))
            .toList();
    List<Choice> fields = new ArrayList<>();
    for (Field field : dossier.template().fields().values()) {
      fields.add(
          new Choice(
              fields.isEmpty() ? "finding-fields" : "finding-fields-" + (fields.size() + 1),
              field.code(),
              field.label(),
              posted.all("findingFields").contains(field.code())));
    }
    List<Choice> rejection = new ArrayList<>();
    for (RejectionReason reason : rejectionReasons.all()) {
      rejection.add(
          new Choice(
              rejection.isEmpty() ? "reject-reasons" : "reject-reasons-" + (rejection.size() + 1),
              reason.code(),
              reason.label(),
              posted.all("reasonCodes").contains(reason.code())));
    }
    return new Forms(
        analyst,
        analyst
            && assignable
            && (!mine
                || FilingLifecycle.after(item.status(), ReviewStep.TAKE_INTO_REVIEW).isPresent()),
        analyst && item.assignee() != null,
        analyst && assignable,
        analyst && FilingLifecycle.after(item.status(), ReviewStep.ACCEPT).isPresent(),
        analyst && FilingLifecycle.after(item.status(), ReviewStep.REJECT).isPresent(),
        analyst && FilingLifecycle.after(item.status(), ReviewStep.RAISE_QUERY).isPresent(),
        analyst && score != null && !bands.isEmpty(),
        analyst && current && allows(applied, ScoreOverrideStep.RECONFIRM),
        analyst && current && allows(applied, ScoreOverrideStep.LAPSE),
        analyst && current && allows(applied, ScoreOverrideStep.WITHDRAW),
        Optional.ofNullable(attempt.reviewVersion()).orElse(item.version()),
        Optional.ofNullable(attempt.overrideVersion())
            .orElse(current ? applied.version() : ScoreOverridePolicy.NONE_CURRENT),
        bands,
        reasons,
        fields,
        rejection,
        new Typed(
            posted.first("assignee"),
            posted.first("note"),
            posted.first("findingText"),
            posted.first("text"),
            posted.first("comment")));
  }

  private static boolean allows(AppliedOverride applied, ScoreOverrideStep step) {
    return ScoreOverridePolicy.after(applied.state(), step).isPresent();
  }

  /** The version a refused form was shown with, kept unless it came back garbled. */
  private static Long kept(long expected) {
    return expected < 0 ? null : expected;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
