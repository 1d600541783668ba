package io.carefile.portal.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.penalty.Money;
import io.carefile.penalty.PaymentRecording;
import io.carefile.penalty.PaymentView;
import io.carefile.penalty.PenaltyEventView;
import io.carefile.penalty.PenaltyProblems;
import io.carefile.penalty.PenaltyQueries;
import io.carefile.penalty.PenaltyService;
import io.carefile.penalty.PenaltyStatus;
import io.carefile.penalty.PenaltyStepName;
import io.carefile.penalty.PenaltyView;
import io.carefile.penalty.PenaltyWithdrawal;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
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
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * One penalty, for the regulator and the penalised platform alike: its amount, status, due date and
 * balance, every step of its calculation as it was stored when it was issued, its payments and its
 * history. An enforcement officer records payments and withdraws it here; each form posts, then
 * redirects back with a success banner (POST-redirect-GET), and a refusal shows the page again with
 * the error summary, by problem code and field path, and what was typed. Another platform's penalty
 * is not found, as it is in the API.
 */
@Path(PortalRoutes.PENALTIES + "/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PenaltyPage {

  static final String PAYMENT_REFERENCE = "payment-reference";
  static final String PAYMENT_AMOUNT = "payment-amount";
  static final String PAYMENT_RECEIVED = "payment-received";
  static final String WITHDRAWAL_REASON = "withdrawal-reason";

  private static final List<String> INPUT_ORDER =
      List.of(PAYMENT_REFERENCE, PAYMENT_AMOUNT, PAYMENT_RECEIVED, WITHDRAWAL_REASON);

  /** An amount as a form may send it: digits, with a decimal point and decimals if any. */
  private static final java.util.regex.Pattern AMOUNT =
      java.util.regex.Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");

  private final PenaltyQueries queries;
  private final PenaltyService penalties;
  private final RegulatorCalendar calendar;
  private final Validator validator;
  private final Caller caller;
  private final EnforcementMessages messages;
  private final PortalMessages shared;

  PenaltyPage(
      PenaltyQueries queries,
      PenaltyService penalties,
      RegulatorCalendar calendar,
      Validator validator,
      Caller caller,
      EnforcementMessages messages,
      PortalMessages shared) {
    this.queries = queries;
    this.penalties = penalties;
    this.calendar = calendar;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
  }

  /** What was just done, said in the banner of the page the form redirects to. */
  public enum Done {
    PAYMENT_RECORDED,
    WITHDRAWN
  }

  /** One step of the calculation as stored: its name, inputs, figure and explanation. */
  public record StepRow(
      int number,
      String name,
      String subject,
      List<String> inputs,
      String figure,
      String explanation) {}

  public record PaymentRow(PaymentView payment, String amount, ZonedDateTime recordedAt) {}

  public record HistoryRow(PenaltyEventView event, ZonedDateTime occurredAt) {}

  /** Which forms the page shows, what they were typed with, and the version they send. */
  public record Forms(boolean mayPay, boolean mayWithdraw, long version, PostedForm typed) {}

  private record Attempt(PostedForm posted, Map<String, String> errors, List<String> general) {

    static Attempt none() {
      return new Attempt(PostedForm.of(new MultivaluedHashMap<>()), Map.of(), List.of());
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(
        String title,
        Done done,
        PenaltyView view,
        boolean regulator,
        String amount,
        String balance,
        String cap,
        boolean capped,
        ZonedDateTime issuedAt,
        String caseLink,
        List<StepRow> steps,
        List<PaymentRow> payments,
        List<HistoryRow> history,
        Forms forms,
        Map<String, String> errors,
        List<ErrorLink> summary);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("done") String done) {
    Done banner =
        Arrays.stream(Done.values()).filter(d -> d.name().equals(done)).findFirst().orElse(null);
    return page(id, banner, Attempt.none());
  }

  /** An officer records a payment received. */
  @POST
  @Path("/payments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object pay(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    PenaltyView view = queries.get(id);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    String typedAmount = posted.first(PAYMENT_AMOUNT).strip().replace(",", "");
    Money amount = null;
    if (typedAmount.isEmpty()) {
      errors.put(PAYMENT_AMOUNT, messages.paymentAmountRequired());
    } else if (!AMOUNT.matcher(typedAmount).matches()) {
      errors.put(PAYMENT_AMOUNT, messages.paymentAmountNotANumber());
    } else {
      amount = new Money(new BigDecimal(typedAmount), view.amount().currency());
    }
    LocalDate received = null;
    Optional<Optional<LocalDate>> date =
        FormInputs.date(
            posted.first(PAYMENT_RECEIVED + "-day"),
            posted.first(PAYMENT_RECEIVED + "-month"),
            posted.first(PAYMENT_RECEIVED + "-year"));
    if (date.isEmpty()) {
      errors.put(PAYMENT_RECEIVED, messages.paymentReceivedNotADate());
    } else if (date.get().isEmpty()) {
      errors.put(PAYMENT_RECEIVED, messages.paymentReceivedRequired());
    } else {
      received = date.get().get();
    }
    PaymentRecording recording =
        new PaymentRecording(posted.first(PAYMENT_REFERENCE).strip(), amount, received);
    for (ConstraintViolation<PaymentRecording> violation : validator.validate(recording)) {
      if (violation.getPropertyPath().toString().equals("reference")) {
        errors.putIfAbsent(
            PAYMENT_REFERENCE,
            switch (FormInputs.rank(violation)) {
              case REQUIRED -> messages.paymentReferenceRequired();
              case UNREADABLE -> messages.paymentReferenceUnreadable();
              case OTHER -> messages.paymentReferenceTooLong();
            });
      }
    }
    if (errors.isEmpty()) {
      try {
        penalties.pay(id, recording);
        return redirect(id, Done.PAYMENT_RECORDED);
      } catch (ProblemException e) {
        if (e.is(PenaltyProblems.PAYMENT_EXCEEDS_BALANCE)) {
          errors.put(
              PAYMENT_AMOUNT,
              messages.paymentExceedsBalance(PenaltyFigures.money(queries.get(id).balance())));
        } else if (e.is(PenaltyProblems.FIGURE_TOO_PRECISE)) {
          errors.put(PAYMENT_AMOUNT, messages.paymentAmountTooPrecise());
        } else if (e.is(PenaltyProblems.FIGURE_NEGATIVE)
            || e.is(PenaltyProblems.FIGURE_TOO_LARGE)) {
          errors.put(PAYMENT_AMOUNT, messages.paymentAmountOutOfRange());
        } else if (e.is(PenaltyProblems.PAYMENT_RECEIVED_IN_FUTURE)) {
          errors.put(PAYMENT_RECEIVED, messages.paymentReceivedInFuture());
        } else if (e.is(PenaltyProblems.PAYMENT_REFERENCE_REUSED)) {
          errors.put(PAYMENT_REFERENCE, messages.paymentReferenceReused());
        } else if (e.is(PenaltyProblems.PENALTY_PAID)) {
          general.add(messages.penaltyPaid());
        } else if (e.is(PenaltyProblems.PENALTY_WITHDRAWN)) {
          general.add(messages.penaltyWithdrawn());
        } else {
          throw e;
        }
      }
    }
    return page(id, null, new Attempt(posted, errors, general));
  }

  /** An officer withdraws an unpaid penalty. */
  @POST
  @Path("/withdrawal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  public Object withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
    PostedForm posted = PostedForm.of(sent);
    long expected = posted.version("expectedVersion");
    PenaltyWithdrawal withdrawal =
        new PenaltyWithdrawal(
            FormInputs.text(posted.first(WITHDRAWAL_REASON)), expected < 0 ? null : expected);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (ConstraintViolation<PenaltyWithdrawal> violation : validator.validate(withdrawal)) {
      if (violation.getPropertyPath().toString().equals("reason")) {
        errors.putIfAbsent(
            WITHDRAWAL_REASON,
            switch (FormInputs.rank(violation)) {
              case REQUIRED -> messages.reasonRequired();
              case UNREADABLE -> messages.reasonUnreadable();
              case OTHER -> messages.reasonTooLong();
            });
      } else if (general.isEmpty()) {
        general.add(messages.penaltyStale());
      }
    }
    if (errors.isEmpty() && general.isEmpty()) {
      try {
        penalties.withdraw(id, withdrawal);
        return redirect(id, Done.WITHDRAWN);
      } catch (ProblemException e) {
        if (e.is(ProblemType.STALE_VERSION)) {
          general.add(messages.penaltyStale());
        } else if (e.is(PenaltyProblems.PENALTY_STEP_NOT_ALLOWED)) {
          general.add(messages.penaltyNotWithdrawable());
        } else {
          throw e;
        }
      }
    }
    return page(id, null, new Attempt(posted, errors, general));
  }

  private TemplateInstance page(UUID id, Done done, Attempt attempt) {
    PenaltyView view = queries.get(id);
    boolean officer = caller.hasRole(Roles.REGULATOR_ENFORCEMENT);
    boolean open = view.status() != PenaltyStatus.PAID && view.status() != PenaltyStatus.WITHDRAWN;
    Forms forms =
        new Forms(
            officer && open,
            officer && view.allowedSteps().contains(PenaltyStatus.WITHDRAWN),
            view.version(),
            attempt.posted());
    List<ErrorLink> summary = new ArrayList<>();
    attempt.general().forEach(words -> summary.add(new ErrorLink(null, words)));
    INPUT_ORDER.stream()
        .filter(attempt.errors()::containsKey)
        .forEach(input -> summary.add(ErrorLink.to(input, attempt.errors().get(input))));
    JsonNode calculation = view.calculation();
    String heading = messages.penaltyTitle(PenaltyFigures.money(view.amount()));
    return Templates.page(
        summary.isEmpty() ? heading : shared.errorTitle(heading),
        summary.isEmpty() ? done : null,
        view,
        caller.isRegulator(),
        PenaltyFigures.money(view.amount()),
        PenaltyFigures.money(view.balance()),
        PenaltyFigures.money(calculation.get("cap")),
        calculation.path("capped").asBoolean(false),
        zoned(view.issuedAt()),
        view.caseId() == null ? null : PortalRoutes.enforcementCase(view.caseId()),
        steps(calculation, messages),
        view.payments().stream()
            .map(
                payment ->
                    new PaymentRow(
                        payment,
                        PenaltyFigures.money(payment.amount()),
                        zoned(payment.recordedAt())))
            .toList(),
        view.history().stream()
            .map(event -> new HistoryRow(event, zoned(event.occurredAt())))
            .toList(),
        forms,
        attempt.errors(),
        summary);
  }

  /** Every stored step, in its stored order, written as it was stored. */
  static List<StepRow> steps(JsonNode calculation, EnforcementMessages messages) {
    List<StepRow> rows = new ArrayList<>();
    for (JsonNode step : calculation.path("steps")) {
      String stored = step.path("name").asText();
      String name =
          Arrays.stream(PenaltyStepName.values())
              .filter(known -> known.name().equals(stored))
              .findFirst()
              .map(messages::stepName)
              .orElse(stored);
      rows.add(
          new StepRow(
              rows.size() + 1,
              name,
              step.path("subject").isNull() ? null : step.path("subject").asText(null),
              StreamSupport.stream(step.path("inputs").spliterator(), false)
                  .map(figure -> PenaltyFigures.figure(figure, messages))
                  .toList(),
              PenaltyFigures.money(step.get("result")),
              step.path("explanation").asText()));
    }
    return rows;
  }

  private ZonedDateTime zoned(Instant instant) {
    return instant == null ? null : instant.atZone(calendar.zone());
  }

  private static Response redirect(UUID id, Done done) {
    return Response.seeOther(URI.create(PortalRoutes.penalty(id) + "?done=" + done.name())).build();
  }
}
