package io.carefile.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.error.ProblemException;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.ReviewStep;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a query's thread, case by case. */
class QueryThreadPolicyTest {

  @Test
  void raisingAQueryQueriesTheReturn() {
    assertThat(QueryThreadPolicy.raise())
        .isEqualTo(new QueryThreadPolicy.Move(QueryStatus.OPEN, ReviewStep.RAISE_QUERY));
  }

  @ParameterizedTest(name = "{0} writes in a {1} query, others open: {2}, return {3} -> {4}, {5}")
  @CsvSource({
    // The platform's answer to the last open query of a queried return ends the query.
    "PLATFORM, OPEN, false, QUERIED, ANSWERED, ANSWER_QUERY",
    // Another query is still open: the return stays with the platform.
    "PLATFORM, OPEN, true, QUERIED, ANSWERED, -",
    // A second message in an answered query answers nothing new.
    "PLATFORM, ANSWERED, false, QUERIED, ANSWERED, -",
    "PLATFORM, ANSWERED, false, UNDER_REVIEW, ANSWERED, -",
    // A return decided meanwhile moves on only by amendment; the answer is kept.
    "PLATFORM, OPEN, false, REJECTED, ANSWERED, -",
    // An analyst's follow-up opens the query again and queries the return, as it stands.
    "REGULATOR, OPEN, false, QUERIED, OPEN, RAISE_QUERY",
    "REGULATOR, OPEN, true, QUERIED, OPEN, RAISE_QUERY",
    "REGULATOR, ANSWERED, false, UNDER_REVIEW, OPEN, RAISE_QUERY",
    "REGULATOR, ANSWERED, true, QUERIED, OPEN, RAISE_QUERY",
  })
  void aReply(
      QuerySide side,
      QueryStatus status,
      boolean othersOpen,
      FilingStatus returnStatus,
      QueryStatus next,
      String step) {
    assertThat(QueryThreadPolicy.reply(side, status, othersOpen, returnStatus))
        .isEqualTo(new QueryThreadPolicy.Move(next, stepOf(step)));
  }

  @ParameterizedTest(name = "closing a {0} query, others open: {1}, return {2} -> {3}")
  @CsvSource({
    // Nothing is outstanding with the platform any more: the return is under review again.
    "OPEN, false, QUERIED, ANSWER_QUERY",
    "OPEN, true, QUERIED, -",
    "ANSWERED, false, UNDER_REVIEW, -",
    "ANSWERED, true, QUERIED, -",
    "OPEN, false, REJECTED, -",
  })
  void aClosure(QueryStatus status, boolean othersOpen, FilingStatus returnStatus, String step) {
    assertThat(QueryThreadPolicy.closure(status, othersOpen, returnStatus))
        .isEqualTo(new QueryThreadPolicy.Move(QueryStatus.CLOSED, stepOf(step)));
  }

  @ParameterizedTest
  @EnumSource(QuerySide.class)
  void aClosedQueryTakesNoMessage(QuerySide side) {
    assertThatThrownBy(
            () -> QueryThreadPolicy.reply(side, QueryStatus.CLOSED, false, FilingStatus.QUERIED))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.is(QueryProblems.QUERY_CLOSED)).isTrue());
  }

  @Test
  void aClosedQueryIsNotClosedAgain() {
    assertThatThrownBy(
            () -> QueryThreadPolicy.closure(QueryStatus.CLOSED, false, FilingStatus.UNDER_REVIEW))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.is(QueryProblems.QUERY_CLOSED)).isTrue());
  }

  @ParameterizedTest(name = "{0}: takes messages {1}")
  @CsvSource({"OPEN, true", "ANSWERED, true", "CLOSED, false"})
  void onlyAClosedQueryTakesNoMoreMessages(QueryStatus status, boolean takesMessages) {
    assertThat(QueryThreadPolicy.takesMessages(status)).isEqualTo(takesMessages);
  }

  @ParameterizedTest(name = "{0}: answered by an amendment {1}")
  @CsvSource({"OPEN, true", "ANSWERED, false", "CLOSED, false"})
  void anAmendmentAnswersOpenQueries(QueryStatus status, boolean answered) {
    assertThat(QueryThreadPolicy.answeredByAmendment(status)).isEqualTo(answered);
  }

  @ParameterizedTest(name = "{0}, due {1}, today {2}: overdue {3}")
  @CsvSource({
    "OPEN, 2026-05-10, 2026-05-10, false",
    "OPEN, 2026-05-10, 2026-05-11, true",
    "OPEN, 2026-05-10, 2026-05-09, false",
    "ANSWERED, 2026-05-10, 2026-06-01, false",
    "CLOSED, 2026-05-10, 2026-06-01, false",
  })
  void anOpenQueryPastItsDueDateIsOverdue(
      QueryStatus status, LocalDate due, LocalDate today, boolean overdue) {
    assertThat(QueryThreadPolicy.overdue(status, due, today)).isEqualTo(overdue);
  }

  @Test
  void aQueryIsDueTodayOrLater() {
    LocalDate today = LocalDate.of(2026, 5, 10);
    QueryThreadPolicy.requireDueDate(today, today);
    QueryThreadPolicy.requireDueDate(today.plusDays(1), today);
    assertThatThrownBy(() -> QueryThreadPolicy.requireDueDate(today.minusDays(1), today))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.is(QueryProblems.QUERY_DUE_DATE_PAST)).isTrue();
              assertThat(e.errors()).extracting("field").containsExactly("dueDate");
            });
  }

  private static ReviewStep stepOf(String step) {
    return step.equals("-") ? null : ReviewStep.valueOf(step);
  }
}
