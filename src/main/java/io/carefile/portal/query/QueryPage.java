package io.carefile.portal.query;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.text.ReadableText;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.PostedForm;
import io.carefile.review.QueryClosure;
import io.carefile.review.QueryMessageView;
import io.carefile.review.QueryProblems;
import io.carefile.review.QueryReply;
import io.carefile.review.QueryService;
import io.carefile.review.QuerySide;
import io.carefile.review.QueryThreadPolicy;
import io.carefile.review.QueryView;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One query's thread, for the platform and the analyst alike: the query, its messages in the order
 * written, and the forms the caller may use — the platform answers, an analyst follows up or closes
 * it. Each form posts, then redirects back here with a notification banner saying what was done.
 */
@Path(PortalRoutes.QUERIES + "/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QueryPage {

  /** The id of the message's textarea, and the name it is posted under. */
  static final String MESSAGE = "message";

  private final QueryService queries;
  private final QueryReturns returns;
  private final FilingQueries filings;
  private final RegulatorCalendar calendar;
  private final Validator validator;
  private final Caller caller;
  private final QueryMessages messages;
  private final PortalMessages shared;

  QueryPage(
      QueryService queries,
      QueryReturns returns,
      FilingQueries filings,
      RegulatorCalendar calendar,
      Validator validator,
      Caller caller,
      QueryMessages messages,
      PortalMessages shared) {
    this.queries = queries;
    this.returns = returns;
    this.filings = filings;
    this.calendar = calendar;
    this.validator = validator;
    this.caller = caller;
    this.messages = messages;
    this.shared = shared;
  }

  /** What was just done, said in the banner of the page the form redirects to. */
  public enum Done {
    RAISED,
    ANSWERED,
    FOLLOWED_UP,
    CLOSED;

    /** As it is written in the page's address. */
    public String parameter() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Done of(String parameter) {
      return Arrays.stream(values())
          .filter(done -> done.parameter().equals(parameter))
          .findFirst()
          .orElse(null);
    }

    String path(UUID queryId) {
      return PortalRoutes.query(queryId) + "?done=" + parameter();
    }
  }

  /** One message as the thread shows it: its lines, each written as text, and its time. */
  public record MessageRow(
      int number, QuerySide side, String author, ZonedDateTime sentAt, List<String> lines) {}

  /**
   * A form's refusal: the message as typed, shown again in the textarea (or beneath the summary,
   * once the query is closed), its error on the textarea if it is about the text, and the summary.
   */
  private record Refusal(String typed, String messageError, List<ErrorLink> errors) {

    static Refusal none() {
      return new Refusal("", null, List.of());
    }

    /** About the whole form: the summary names it without a link. */
    static Refusal general(String typed, String words) {
      return new Refusal(typed, null, List.of(new ErrorLink(null, words)));
    }

    static Refusal onMessage(String typed, String words) {
      return new Refusal(typed, words, List.of(ErrorLink.to(MESSAGE, words)));
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance thread(
        String title,
        QueryView query,
        QueryReturn ofReturn,
        List<String> fields,
        ZonedDateTime raisedAt,
        ZonedDateTime closedAt,
        List<MessageRow> thread,
        boolean mayReply,
        boolean asAnalyst,
        boolean mayClose,
        Done done,
        String typed,
        String messageError,
        List<ErrorLink> errors);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance thread(@PathParam("id") UUID id, @QueryParam("done") String done) {
    return page(queries.get(id), Done.of(done), Refusal.none());
  }

  /** The platform's answer, or an analyst's follow-up. */
  @POST
  @Path("/replies")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.PLATFORM_USER, Roles.REGULATOR_ANALYST})
  public Object reply(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    PostedForm form = PostedForm.of(posted);
    // Browsers send a textarea's line breaks as CR LF; the thread keeps them as LF.
    String typed = form.first(MESSAGE).replace("\r\n", "\n");
    QueryReply reply = new QueryReply(typed.strip(), form.version("expectedVersion"));
    Refusal refusal = null;
    for (ConstraintViolation<QueryReply> violation : validator.validate(reply)) {
      if (MESSAGE.equals(violation.getPropertyPath().toString())) {
        refusal = Refusal.onMessage(typed, messageError(violation));
        break;
      }
      // The hidden version came back garbled: sending would be refused as stale.
      refusal = Refusal.general(typed, messages.replyStale());
    }
    if (refusal != null) {
      return page(queries.get(id), null, refusal);
    }
    try {
      QueryView replied = queries.reply(id, reply);
      boolean fromPlatform = replied.messages().getLast().side() == QuerySide.PLATFORM;
      return redirect((fromPlatform ? Done.ANSWERED : Done.FOLLOWED_UP).path(id));
    } catch (ProblemException e) {
      String words;
      if (e.is(QueryProblems.QUERY_CLOSED)) {
        words = messages.replyClosed();
      } else if (e.is(ProblemType.STALE_VERSION)) {
        words = messages.replyStale();
      } else if (e.is(FilingProblems.REVIEW_STEP_NOT_ALLOWED)) {
        words = messages.followUpNotInReview();
      } else {
        throw e;
      }
      return page(queries.get(id), null, Refusal.general(typed, words));
    }
  }

  /** An analyst closes the query. */
  @POST
  @Path("/closure")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  public Object close(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    long expectedVersion = PostedForm.of(posted).version("expectedVersion");
    try {
      // A garbled version (-1) is refused as stale by the service, like any other wrong one.
      queries.close(id, new QueryClosure(expectedVersion));
      return redirect(Done.CLOSED.path(id));
    } catch (ProblemException e) {
      String words;
      if (e.is(QueryProblems.QUERY_CLOSED)) {
        words = messages.closeClosed();
      } else if (e.is(ProblemType.STALE_VERSION)) {
        words = messages.closeStale();
      } else {
        throw e;
      }
      return page(queries.get(id), null, Refusal.general("", words));
    }
  }

  private TemplateInstance page(QueryView query, Done done, Refusal refusal) {
    Map<String, Field> fields = filings.templateOf(query.filingId()).fields();
    List<String> labels =
        query.fields().stream()
            .map(code -> fields.containsKey(code) ? fields.get(code).label() : code)
            .toList();
    List<MessageRow> thread =
        query.messages().stream()
            .map(
                (QueryMessageView message) ->
                    new MessageRow(
                        message.number(),
                        message.side(),
                        message.author(),
                        message.sentAt().atZone(calendar.zone()),
                        List.of(message.body().split("\\R", -1))))
            .toList();
    boolean open = QueryThreadPolicy.takesMessages(query.status());
    boolean analyst = caller.isRegulator() && caller.hasRole(Roles.REGULATOR_ANALYST);
    return Templates.thread(
        refusal.errors().isEmpty() ? query.subject() : shared.errorTitle(query.subject()),
        query,
        returns.of(query.filingId()),
        labels,
        query.raisedAt().atZone(calendar.zone()),
        query.closedAt() == null ? null : query.closedAt().atZone(calendar.zone()),
        thread,
        open && (caller.isPlatformScoped() || analyst),
        analyst,
        open && analyst,
        done,
        refusal.typed(),
        refusal.messageError(),
        refusal.errors());
  }

  private String messageError(ConstraintViolation<?> violation) {
    Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == ReadableText.class) {
      return messages.messageUnreadable();
    }
    if (constraint == Size.class) {
      return messages.messageTooLong();
    }
    return messages.messageRequired();
  }

  private static Response redirect(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
