package io.carefile.portal.review;

import jakarta.ws.rs.QueryParam;

/**
 * The review queue's filters as the queue page and its spreadsheet download receive them: the
 * parameters the filter form sends, read the same way by both.
 */
public class QueueQuery {

  @QueryParam("templateCode")
  public String templateCode;

  @QueryParam("periodStart-day")
  public String periodDay;

  @QueryParam("periodStart-month")
  public String periodMonth;

  @QueryParam("periodStart-year")
  public String periodYear;

  @QueryParam("category")
  public String category;

  @QueryParam("band")
  public String band;

  @QueryParam("late")
  public String late;

  @QueryParam("status")
  public String status;

  @QueryParam("assignee")
  public String assignee;

  @QueryParam("ruleId")
  public String ruleId;

  /** The filters as typed: absent ones empty, surrounding spaces gone. */
  ReviewQueuePage.Filters filters() {
    return new ReviewQueuePage.Filters(
        typed(templateCode),
        typed(periodDay),
        typed(periodMonth),
        typed(periodYear),
        typed(category),
        typed(band),
        typed(late),
        typed(status),
        typed(assignee),
        typed(ruleId));
  }

  private static String typed(String sent) {
    return sent == null ? "" : sent.strip();
  }
}
