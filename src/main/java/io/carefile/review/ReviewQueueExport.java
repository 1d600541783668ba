package io.carefile.review;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The review queue as a spreadsheet: the same queue, filters and order as the API's. */
@ApplicationScoped
public class ReviewQueueExport implements ExportSource<ReviewItem, ReviewFilter> {

  private static final List<Column<ReviewItem>> COLUMNS =
      List.of(
          Column.text("Filing id", 38, ReviewItem::filingId),
          Column.text("Platform id", 38, ReviewItem::platformId),
          Column.text("Platform", 30, ReviewItem::platformName),
          Column.text("Template", 12, ReviewItem::templateCode),
          Column.integer("Template version", ReviewItem::templateVersion),
          Column.date("Period start", ReviewItem::periodStart),
          Column.text("Category", 14, ReviewItem::category),
          Column.text("Status", 14, ReviewItem::status),
          Column.integer("Latest version", ReviewItem::latestVersion),
          Column.text("Band", 12, ReviewItem::band),
          Column.bool("Band overridden", ReviewItem::bandOverridden),
          Column.decimal("Total score", ReviewItem::total),
          Column.decimal("Previous total", ReviewItem::previousTotal),
          Column.decimal("Score drop", ReviewItem::scoreDrop),
          Column.bool("Late", ReviewItem::late),
          Column.integer("Warnings", ReviewItem::warnings),
          Column.integer("Explained warnings", ReviewItem::explainedWarnings),
          Column.text("Rules", 30, item -> String.join(", ", item.ruleIds())),
          Column.integer("Priority", ReviewItem::priority),
          Column.text("Assignee", 24, ReviewItem::assignee),
          Column.dateTime("Assigned at", ReviewItem::assignedAt),
          Column.dateTime("Submitted at", ReviewItem::submittedAt),
          Column.integer("Age (days)", ReviewItem::ageDays));

  private final ReviewQueue queue;

  ReviewQueueExport(ReviewQueue queue) {
    this.queue = queue;
  }

  @Override
  public String name() {
    return "review-queue";
  }

  @Override
  public String title() {
    return "Review queue";
  }

  @Override
  public Class<ReviewFilter> filterType() {
    return ReviewFilter.class;
  }

  @Override
  public List<Column<ReviewItem>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<ReviewItem> page(ReviewFilter filter, PageRequest page) {
    return queue.list(filter, page);
  }
}
