package io.carefile.review;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingReviewSteps;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReturnSubmitted;
import io.carefile.filing.ReviewedFiling;
import io.carefile.template.definition.CompiledTemplate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Queries between the regulator's analysts and platforms, and their threads
 * (docs/review-queries.md): raising one queries the return; the platform's answer to the last open
 * one, or an amendment, puts it back under review. Every change is one transaction with its audit
 * event and the return's review step; {@link QueryThreadPolicy} holds the rules.
 *
 * <p>Changes to one return's queries happen one at a time: each locks the return's queries ({@link
 * QueryRepository#lockThreadOf}), after the return itself when it takes a review step, as a
 * submission does. A decision that depends on the other queries is made from what was read, then
 * confirmed under the locks; when someone else's change made it wrong meanwhile, nothing is changed
 * and the caller is asked to read again.
 */
@ApplicationScoped
public class QueryService {

  /** The author of messages the service writes itself. */
  static final String SYSTEM_AUTHOR = AuditLog.SYSTEM_ACTOR;

  private static final String AUDITED_TYPE = "ReviewQuery";

  private final QueryRepository queries;
  private final QueryMessageRepository messages;
  private final FilingQueries filings;
  private final FilingReviewSteps reviewSteps;
  private final AuditLog audit;
  private final Caller caller;
  private final RegulatorCalendar calendar;
  private final ReviewHistory history;
  private final Clock clock;

  QueryService(
      QueryRepository queries,
      QueryMessageRepository messages,
      FilingQueries filings,
      FilingReviewSteps reviewSteps,
      AuditLog audit,
      Caller caller,
      RegulatorCalendar calendar,
      ReviewHistory history,
      Clock clock) {
    this.queries = queries;
    this.messages = messages;
    this.filings = filings;
    this.reviewSteps = reviewSteps;
    this.audit = audit;
    this.caller = caller;
    this.calendar = calendar;
    this.history = history;
    this.clock = clock;
  }

  /** An analyst asks the platform something about its return: the return is queried. */
  @Transactional
  public QueryView raise(UUID filingId, QueryRaising raising) {
    CompiledTemplate template = filings.templateOf(filingId);
    List<String> fields = fieldsOf(template, raising.fieldsOrNone());
    QueryThreadPolicy.requireDueDate(raising.dueDate(), calendar.today());
    QueryThreadPolicy.Move move = QueryThreadPolicy.raise();
    ReviewedFiling reviewed = reviewSteps.take(filingId, move.step());
    history.recordQueryStep(reviewed, move.step(), "Query raised: " + raising.subject());
    Instant now = now();
    Query query = new Query();
    query.id = UUID.randomUUID();
    query.filingId = filingId;
    query.platformId = reviewed.platformId();
    query.versionNumber = reviewed.reviewedVersion();
    query.subject = raising.subject();
    query.fieldCodes = fields.toArray(String[]::new);
    query.dueDate = raising.dueDate();
    query.status = move.next();
    query.raisedBy = caller.username();
    query.raisedAt = now;
    query.lastActivityAt = now;
    queries.persist(query);
    List<QueryMessage> thread = new ArrayList<>();
    thread.add(write(query, 1, QuerySide.REGULATOR, caller.username(), raising.message(), now));
    return audited("review.query-raised", query, thread);
  }

  /**
   * A message in the query's thread: the platform's answers it, an analyst's follows it up (the
   * query is open again and the return queried). A closed query takes no more messages.
   */
  @Transactional
  public QueryView reply(UUID queryId, QueryReply reply) {
    QuerySide side = sideOfCaller();
    Query query = queries.getVisible(queryId);
    // Only the platform's answer depends on the return's status.
    FilingStatus returnStatus = side == QuerySide.PLATFORM ? statusOf(query) : null;
    QueryThreadPolicy.Move planned = replyMove(side, query, reply.expectedVersion(), returnStatus);
    returnStatus =
        takeStep(
            query,
            planned,
            returnStatus,
            side == QuerySide.PLATFORM ? "Query answered: " : "Query followed up: ");
    queries.lockThreadOf(query.platformId, query.filingId);
    confirm(planned, replyMove(side, query, reply.expectedVersion(), returnStatus));
    Instant now = now();
    query.moved(planned.next(), caller.username(), now);
    List<QueryMessage> thread = new ArrayList<>(messages.threadOf(query.id));
    thread.add(write(query, thread.size() + 1, side, caller.username(), reply.message(), now));
    return audited(
        side == QuerySide.PLATFORM ? "review.query-answered" : "review.query-followed-up",
        query,
        thread);
  }

  /** An analyst closes the query: nothing more is said in it. */
  @Transactional
  public QueryView close(UUID queryId, QueryClosure closure) {
    Query query = queries.getVisible(queryId);
    FilingStatus returnStatus = statusOf(query);
    QueryThreadPolicy.Move planned = closureMove(query, closure.expectedVersion(), returnStatus);
    returnStatus = takeStep(query, planned, returnStatus, "Query closed: ");
    queries.lockThreadOf(query.platformId, query.filingId);
    confirm(planned, closureMove(query, closure.expectedVersion(), returnStatus));
    query.moved(planned.next(), caller.username(), now());
    return audited("review.query-closed", query, messages.threadOf(query.id));
  }

  /**
   * An amendment answers every open query of its return, each with a message saying so. Observed
   * inside the submission's transaction, which already holds the return's lock and has moved it
   * back under review.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void answerByAmendment(@Observes ReturnSubmitted submitted) {
    if (submitted.versionNumber() <= 1) {
      return;
    }
    for (Query query : queries.lockOpenOf(submitted.platformId(), submitted.filingId())) {
      if (!QueryThreadPolicy.answeredByAmendment(query.status)) {
        continue;
      }
      query.moved(QueryStatus.ANSWERED, SYSTEM_AUTHOR, submitted.submittedAt());
      List<QueryMessage> thread = new ArrayList<>(messages.threadOf(query.id));
      thread.add(
          write(
              query,
              thread.size() + 1,
              QuerySide.PLATFORM,
              SYSTEM_AUTHOR,
              "Answered by amendment v" + submitted.versionNumber() + ".",
              submitted.submittedAt()));
      audited("review.query-answered-by-amendment", query, thread);
    }
  }

  /** The queries about one return, in the order they were raised. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QuerySummary> ofFiling(UUID filingId, PageRequest page) {
    // Another platform's return is not found, whether or not it has queries.
    filings.get(filingId);
    LocalDate today = calendar.today();
    return queries
        .pageVisible(
            "filingId = :filing", Sort.by("raisedAt").and("id"), Map.of("filing", filingId), page)
        .map(query -> summary(query, today));
  }

  /**
   * The inbox: a platform's users see their own platform's queries, regulators every platform's;
   * the thread that moved last first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QuerySummary> inbox(QueryFilter filter, PageRequest page) {
    LocalDate today = calendar.today();
    String overdue =
        filter.wantedOverdue().orElse(true)
            ? "(status = io.carefile.review.QueryStatus.OPEN and dueDate < :today)"
            : "(status <> io.carefile.review.QueryStatus.OPEN or dueDate >= :today)";
    Conditions where =
        Conditions.where()
            .and("status = :status", "status", filter.wantedStatus())
            .and("filingId = :filing", "filing", filter.filingId)
            .and("platformId = :platform", "platform", filter.platformId)
            .and(overdue, "today", filter.wantedOverdue().map(wanted -> today));
    return queries
        .pageVisible(
            where.query(),
            Sort.by("lastActivityAt", Sort.Direction.Descending)
                .and("id", Sort.Direction.Descending),
            where.parameters(),
            page)
        .map(query -> summary(query, today));
  }

  /** One query with its thread, in the order written. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QueryView get(UUID queryId) {
    Query query = queries.getVisible(queryId);
    return view(query, messages.threadOf(query.id), calendar.today());
  }

  // ---- steps ---------------------------------------------------------------------------------

  /** Who writes: the platform's own users and clients, or an analyst. */
  private QuerySide sideOfCaller() {
    if (caller.platform().isPresent()) {
      return QuerySide.PLATFORM;
    }
    if (caller.isRegulator() && caller.hasRole(Roles.REGULATOR_ANALYST)) {
      return QuerySide.REGULATOR;
    }
    throw ProblemException.forbidden(
        "Only the platform whose return it is, or an analyst, writes in a query's thread");
  }

  /** What a reply does to the query as it stands, the return being {@code returnStatus}. */
  private QueryThreadPolicy.Move replyMove(
      QuerySide side, Query query, long expectedVersion, FilingStatus returnStatus) {
    QueryThreadPolicy.Move move =
        QueryThreadPolicy.reply(side, query.status, queries.othersOpen(query), returnStatus);
    requireVersion(query, expectedVersion);
    return move;
  }

  private QueryThreadPolicy.Move closureMove(
      Query query, long expectedVersion, FilingStatus returnStatus) {
    QueryThreadPolicy.Move move =
        QueryThreadPolicy.closure(query.status, queries.othersOpen(query), returnStatus);
    requireVersion(query, expectedVersion);
    return move;
  }

  private FilingStatus statusOf(Query query) {
    return filings.get(query.filingId).status();
  }

  /**
   * Takes the move's review step on the return, if it has one, writing it in the review's history
   * as {@code what} the query's subject; answers the status the return had under its lock (that
   * read first otherwise).
   */
  private FilingStatus takeStep(
      Query query, QueryThreadPolicy.Move move, FilingStatus statusRead, String what) {
    return move.reviewStep()
        .map(
            step -> {
              ReviewedFiling reviewed = reviewSteps.take(query.filingId, step);
              history.recordQueryStep(reviewed, step, what + query.subject);
              return reviewed.from();
            })
        .orElse(statusRead);
  }

  /**
   * The move planned from what was first read is still the one to make now that the return's
   * queries are locked; otherwise someone changed them meanwhile, and nothing is changed.
   */
  private static void confirm(QueryThreadPolicy.Move planned, QueryThreadPolicy.Move now) {
    if (!planned.equals(now)) {
      throw ProblemException.changedConcurrently();
    }
  }

  private static void requireVersion(Query query, long expected) {
    if (query.version != expected) {
      throw ProblemException.staleVersion("Query", query.id, query.version, expected);
    }
  }

  /** The codes named, each a field of the return's template, in the order given, once each. */
  private static List<String> fieldsOf(CompiledTemplate template, List<String> named) {
    List<Problem.FieldError> unknown = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    for (int i = 0; i < named.size(); i++) {
      String code = named.get(i);
      if (template.fields().containsKey(code)) {
        fields.add(code);
      } else {
        unknown.add(
            new Problem.FieldError(
                "fields[" + i + "]",
                "is not a field of " + template.code() + " version " + template.version()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          QueryProblems.QUERY_FIELD_UNKNOWN,
          (unknown.size() == 1 ? "A field named is" : unknown.size() + " fields named are")
              + " not fields of the return's template, "
              + template.code()
              + " version "
              + template.version()
              + "; nothing was raised",
          unknown);
    }
    return List.copyOf(fields);
  }

  private QueryMessage write(
      Query query, int number, QuerySide side, String author, String body, Instant sentAt) {
    QueryMessage message = new QueryMessage();
    message.id = UUID.randomUUID();
    message.queryId = query.id;
    message.platformId = query.platformId;
    message.number = number;
    message.authorUsername = author;
    message.side = side;
    message.body = body;
    message.sentAt = sentAt;
    messages.persist(message);
    return message;
  }

  /** Writes the step now, so that conflicts surface here, and appends its one audit event. */
  private QueryView audited(String action, Query query, List<QueryMessage> thread) {
    queries.flush();
    QueryView view = view(query, thread, calendar.today());
    audit.append(new AuditLog.Entry(action, AUDITED_TYPE, query.id, query.platformId, view));
    return view;
  }

  // ---- views ---------------------------------------------------------------------------------

  private static QueryView view(Query query, List<QueryMessage> thread, LocalDate today) {
    return new QueryView(
        query.id,
        query.filingId,
        query.platformId,
        query.versionNumber,
        query.subject,
        List.of(query.fieldCodes),
        query.dueDate,
        query.status,
        QueryThreadPolicy.overdue(query.status, query.dueDate, today),
        query.raisedBy,
        query.raisedAt,
        query.closedBy,
        query.closedAt,
        query.lastActivityAt,
        query.version,
        thread.stream().map(QueryMessageView::of).toList());
  }

  private static QuerySummary summary(Query query, LocalDate today) {
    return new QuerySummary(
        query.id,
        query.filingId,
        query.platformId,
        query.versionNumber,
        query.subject,
        List.of(query.fieldCodes),
        query.dueDate,
        query.status,
        QueryThreadPolicy.overdue(query.status, query.dueDate, today),
        query.raisedBy,
        query.raisedAt,
        query.closedBy,
        query.closedAt,
        query.lastActivityAt,
        query.version);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
