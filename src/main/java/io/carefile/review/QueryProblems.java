package io.carefile.review;

import io.carefile.common.error.ProblemCode;

/** The refusals of queries and their threads. Documented in {@code docs/problems.md}. */
public enum QueryProblems implements ProblemCode {
  QUERY_FIELD_UNKNOWN(
      422, "query-field-unknown", "A field the query names is not a field of the return"),
  QUERY_DUE_DATE_PAST(422, "query-due-date-past", "The query's due date has passed"),
  QUERY_CLOSED(409, "query-closed", "The query is closed");

  private final Definition definition;

  QueryProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
