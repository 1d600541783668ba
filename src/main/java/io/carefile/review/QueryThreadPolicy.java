package io.carefile.review;

import io.carefile.common.error.ProblemException;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReviewStep;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a query's thread (docs/review-queries.md): where a query goes when someone writes in
 * it or closes it, and which review step its return takes with it. A return is QUERIED while one of
 * its queries is OPEN: raising or following up a query queries the return; the platform's answer to
 * the last open query, or the analyst closing it, puts the return back under review. A closed query
 * takes no more messages.
 *
 * <p>Plain Java on purpose: the rules are tested with a table, apart from the database.
 */
public final class QueryThreadPolicy {

  /**
   * What a step does: the query's next status and the review step its return takes, if any.
   *
   * @param next the query's status afterwards
   * @param step the return's review step, or null when the return stays as it is
   */
  public record Move(QueryStatus next, ReviewStep step) {

    public Optional<ReviewStep> reviewStep() {
      return Optional.ofNullable(step);
    }
  }

  private QueryThreadPolicy() {}

  /** An analyst raises a query: it is open, and the return is queried. */
  public static Move raise() {
    return new Move(QueryStatus.OPEN, ReviewStep.RAISE_QUERY);
  }

  /**
   * A message in the thread. The platform's answers it; an analyst's follows it up, so the query is
   * open again and the return queried.
   *
   * @param side who writes
   * @param status the query's status
   * @param othersOpen whether another query of the same return is open
   * @param returnStatus the return's status
   */
  public static Move reply(
      QuerySide side, QueryStatus status, boolean othersOpen, FilingStatus returnStatus) {
    requireNotClosed(status);
    return switch (side) {
      case PLATFORM ->
          new Move(
              QueryStatus.ANSWERED,
              lastOpenAnswered(status, othersOpen, returnStatus) ? ReviewStep.ANSWER_QUERY : null);
      case REGULATOR -> new Move(QueryStatus.OPEN, ReviewStep.RAISE_QUERY);
    };
  }

  /**
   * An analyst closes the query. Closing the last open query of a queried return leaves nothing
   * outstanding with the platform: the return is under review again.
   */
  public static Move closure(QueryStatus status, boolean othersOpen, FilingStatus returnStatus) {
    requireNotClosed(status);
    return new Move(
        QueryStatus.CLOSED,
        lastOpenAnswered(status, othersOpen, returnStatus) ? ReviewStep.ANSWER_QUERY : null);
  }

  /**
   * Whether an amendment of the return answers the query: it answers every open one (the submission
   * itself moves the return back under review).
   */
  public static boolean answeredByAmendment(QueryStatus status) {
    return status == QueryStatus.OPEN;
  }

  /**
   * Whether anything more may be said in the query, by either side: a reply, a follow-up or its
   * closure. Pages offer their forms only then.
   */
  public static boolean takesMessages(QueryStatus status) {
    return status != QueryStatus.CLOSED;
  }

  /** An open query whose due date, a day in the regulator's calendar, has gone by. */
  public static boolean overdue(QueryStatus status, LocalDate dueDate, LocalDate today) {
    return status == QueryStatus.OPEN && dueDate.isBefore(today);
  }

  /** A query is due today or later, in the regulator's calendar. */
  public static void requireDueDate(LocalDate dueDate, LocalDate today) {
    if (dueDate.isBefore(today)) {
      throw ProblemException.onField(
          QueryProblems.QUERY_DUE_DATE_PAST,
          "The due date "
              + dueDate
              + " has passed: give today ("
              + today
              + " in the regulator's calendar) or a later day",
          "dueDate",
          "must be " + today + " or later");
    }
  }

  private static boolean lastOpenAnswered(
      QueryStatus status, boolean othersOpen, FilingStatus returnStatus) {
    return status == QueryStatus.OPEN && !othersOpen && returnStatus == FilingStatus.QUERIED;
  }

  private static void requireNotClosed(QueryStatus status) {
    if (!takesMessages(status)) {
      throw new ProblemException(
          QueryProblems.QUERY_CLOSED,
          "The query is closed: nothing more can be said in it; raise a new query instead");
    }
  }
}
