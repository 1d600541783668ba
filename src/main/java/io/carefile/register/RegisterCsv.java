package io.carefile.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The register's CSV files: the same records as its pages and its JSON, one row each. */
public final class RegisterCsv {

  private RegisterCsv() {}

  public static CsvTable decisions(List<PublishedDecision> decisions) {
    CsvTable table =
        new CsvTable(
            List.of(
                "reference",
                "platform",
                "decision_date",
                "published_date",
                "requirements",
                "standing",
                "penalty_kind",
                "penalty_amount",
                "penalty_currency",
                "penalty_withdrawn",
                "summary"));
    decisions.forEach(
        d ->
            table.row(
                List.of(
                    d.reference(),
                    d.platformName(),
                    d.decisionDate().toString(),
                    d.publishedDate().toString(),
                    Integer.toString(d.requirements()),
                    d.standing().name(),
                    d.penalty() == null ? "" : d.penalty().kind(),
                    d.penalty() == null ? "" : d.penalty().amount().amount().toPlainString(),
                    d.penalty() == null ? "" : d.penalty().amount().currency().getCurrencyCode(),
                    d.penalty() == null ? "" : Boolean.toString(d.penalty().withdrawn()),
                    d.summary())));
    return table;
  }

  public static CsvTable returns(List<ReturnStatistics> returns) {
    CsvTable table =
        new CsvTable(
            List.of(
                "template",
                "period_start",
                "period_end",
                "category",
                "platforms",
                "returns_due",
                "returns_filed",
                "filed_late",
                "on_time_rate_percent",
                "scored_returns",
                "median_score",
                "green",
                "amber",
                "red",
                "withheld"));
    for (ReturnStatistics r : returns) {
      List<String> row = new ArrayList<>();
      row.add(r.templateCode());
      row.add(r.periodStart().toString());
      row.add(r.periodEnd().toString());
      row.add(r.category());
      row.add(text(r.platforms()));
      row.add(text(r.returnsDue()));
      row.add(text(r.returnsFiled()));
      row.add(text(r.filedLate()));
      row.add(text(r.onTimeRate()));
      row.add(text(r.scoredReturns()));
      row.add(text(r.medianScore()));
      row.add(text(r.green()));
      row.add(text(r.amber()));
      row.add(text(r.red()));
      row.add(
          r.withheld()
              ? r.withheldReason()
              : r.scoresWithheld() ? "scores: " + r.withheldReason() : "");
      table.row(row);
    }
    return table;
  }

  public static CsvTable enforcement(List<EnforcementStatistics> enforcement) {
    CsvTable table =
        new CsvTable(
            List.of(
                "year",
                "category",
                "cases_opened",
                "confirmed",
                "closed_no_action",
                "published",
                "withheld"));
    for (EnforcementStatistics e : enforcement) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(e.year()));
      row.add(e.category());
      row.add(text(e.casesOpened()));
      row.add(text(e.confirmed()));
      row.add(text(e.closedNoAction()));
      row.add(Long.toString(e.published()));
      row.add(e.withheld() ? e.withheldReason() : "");
      table.row(row);
    }
    return table;
  }

  private static String text(Long value) {
    return value == null ? "" : value.toString();
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
