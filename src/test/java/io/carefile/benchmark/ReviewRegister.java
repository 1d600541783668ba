package io.carefile.benchmark;

import io.carefile.obligation.ReportingPeriod;
import io.carefile.template.PeriodType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A register as it stands after many quarters of returns: platforms across the categories and size
 * bands, one CSAM-Q return per platform and quarter, each with its versions (the first and its
 * amendments) scored, and each in the review queue in some status, a quarter of them still open.
 * Written with set-based SQL as the owner, in seconds, because filing 100,000 returns through the
 * API would take the better part of an hour; the rows have the shape the application writes (the
 * queue, the scores and the benchmark cohorts read them exactly as they read their own).
 *
 * <p>Values are drawn from a fixed hash of the row's position, so every run writes the same
 * register. {@code sampleFilings} is a spread of about 200 of its returns, for the per-return
 * reads.
 */
record ReviewRegister(
    int platforms,
    int filings,
    int submissions,
    List<LocalDate> quarters,
    List<UUID> sampleFilings) {

  private static final ZoneId REGULATOR_ZONE = ZoneId.of("Europe/London");

  String describe() {
    return String.format(
        "%,d platforms, %,d returns over %d quarters (%s to %s), %,d scored submissions",
        platforms, filings, quarters.size(), quarters.getFirst(), quarters.getLast(), submissions);
  }

  LocalDate latestQuarter() {
    return quarters.getLast();
  }

  static ReviewRegister seed(DataSource dataSource, int platforms, int quarters, int submissions)
      throws SQLException {
    List<LocalDate> starts = pastQuarters(quarters);
    int filings = platforms * quarters;
    if (submissions < filings) {
      throw new IllegalArgumentException("Every return has at least one submission");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "create temporary table rb_platform on commit drop as"
                + " select i, gen_random_uuid() as id,"
                + "   case when i % 20 = 0 then 'CATEGORY_1' when i % 20 = 1 then 'CATEGORY_2A'"
                + "        when i % 5 = 2 then 'CATEGORY_2B' else 'CORE' end as category,"
                + "   (i::bigint * 104729) % 40000000 as users"
                + " from generate_series(1, "
                + platforms
                + ") i");
        statement.execute(
            "insert into platform (id, slug, legal_name, status, created_at, country,"
                + " service_kinds, service_features, uk_monthly_active_users, revenue_amount,"
                + " revenue_currency, revenue_year_end, category)"
                + " select id, 'rb-' || i, 'Review Benchmark ' || i || ' Ltd', 'ACTIVE', now(),"
                + " 'GB', '{USER_TO_USER}', '{}', users, 0, 'GBP', date '2025-12-31', category"
                + " from rb_platform");
      }
      try (PreparedStatement returns =
          connection.prepareStatement(
              "create temporary table rb_filing on commit drop as"
                  + " select row_number() over (order by p.i, q.n) as r, p.i, q.n as quarter,"
                  + "   gen_random_uuid() as id, gen_random_uuid() as obligation_id,"
                  + "   p.id as platform_id, p.category, p.users, q.start as period_start,"
                  + "   (q.start + interval '3 months' - interval '1 day')::date as period_end"
                  + " from rb_platform p cross join unnest(?::date[]) with ordinality q(start, n)")) {
        returns.setArray(
            1, connection.createArrayOf("date", starts.stream().map(Date::valueOf).toArray()));
        returns.execute();
      }
      try (Statement statement = connection.createStatement()) {
        // Every return has submissions / filings versions, the first (remainder) one more.
        int base = submissions / filings;
        int more = submissions % filings;
        statement.execute(
            "alter table rb_filing add column versions integer, add column status varchar(16)");
        statement.execute(
            "update rb_filing set versions = "
                + base
                + " + case when r <= "
                + more
                + " then 1 else 0 end,"
                + " status = case (r * 7919) % 20 when 0 then 'SUBMITTED' when 1 then 'SUBMITTED'"
                + "   when 2 then 'UNDER_REVIEW' when 3 then 'UNDER_REVIEW' when 4 then 'QUERIED'"
                + "   when 5 then 'REJECTED' when 6 then 'REJECTED' else 'ACCEPTED' end");
        statement.execute(
            "insert into obligation (id, platform_id, template_code, template_version,"
                + " period_start, period_end, due_date, status, created_at)"
                + " select obligation_id, platform_id, 'CSAM-Q', 1, period_start, period_end,"
                + " period_end + 30, 'FULFILLED', now() from rb_filing");
        statement.execute(
            "insert into filing (id, platform_id, obligation_id, template_code, template_version,"
                + " reference_year, status, latest_version, accepted_version, created_at)"
                + " select id, platform_id, obligation_id, 'CSAM-Q', 1,"
                + " extract(year from period_end)::int, status, versions,"
                + " case when status = 'ACCEPTED' then versions end, now() from rb_filing");
        statement.execute(
            "create temporary table rb_version on commit drop as"
                + " select f.*, v.n as number, gen_random_uuid() as version_id,"
                + "   ((f.r * 31 + v.n * 17) % 101) as total,"
                + "   (v.n = 1 and (f.r * 13) % 10 = 0) as late,"
                + "   (f.r * 11 + v.n) % 7 = 0 as warned,"
                + "   (f.period_end + 20 + v.n)::timestamptz as submitted_at"
                + " from rb_filing f cross join lateral generate_series(1, f.versions) v(n)");
        statement.execute(
            "insert into filing_version (id, filing_id, platform_id, number, accession_number,"
                + " source, late, submitted_at, submitted_by, filed_values, findings, explanations,"
                + " attestor_subject, attestor_username, attestor_name, attestor_role,"
                + " attestation_statement, canonical_payload, sha256)"
                + " select version_id, id, platform_id, number,"
                + " 'RB-' || i || '-' || quarter || '-' || number, 'API', late, submitted_at,"
                + " 'benchmark', '{}', case when warned then '[{\"key\": \"CSAMQ-W001\","
                + " \"severity\": \"WARNING\", \"fields\": [\"reports_to_nca\"], \"message\":"
                + " \"Explained\"}]'::jsonb else '[]'::jsonb end,"
                + " case when warned then '{\"CSAMQ-W001\": \"Explained\"}'::jsonb"
                + " else '{}'::jsonb end,"
                + " 'rb', 'benchmark', 'Benchmark Attestor', 'platform-attestor', 'I attest.',"
                + " '{}', md5(version_id::text) || md5(id::text) from rb_version");
        statement.execute(
            "insert into filing_score (filing_version_id, platform_id, filing_id, version_number,"
                + " template_code, template_version, indicators_sha256, total, band,"
                + " scored_weight, green_from, amber_from, indicators, computed_at, period_start,"
                + " category, size_band)"
                + " select version_id, platform_id, id, number, 'CSAM-Q', 1,"
                + " md5('CSAM-Q/v1') || md5('indicators'), least(total, 100),"
                + " case when total >= 75 then 'GREEN' when total >= 50 then 'AMBER'"
                + "   else 'RED' end, 12, 75, 50, "
                + indicators()
                + ", submitted_at, period_start, category,"
                + " case when users >= 34000000 then '34m-and-over'"
                + "   when users >= 7000000 then '7m-to-34m' when users >= 1000000 then '1m-to-7m'"
                + "   else 'under-1m' end"
                + " from rb_version");
        statement.execute(
            "insert into review (filing_id, platform_id, template_code, template_version,"
                + " period_start, category, latest_version, submitted_at, late, warnings,"
                + " explained_warnings, rule_ids, band, band_overridden, band_version, total,"
                + " previous_total, score_drop, status, priority, priority_reasons, assignee,"
                + " assigned_at)"
                + " select v.id, v.platform_id, 'CSAM-Q', 1, v.period_start, v.category, v.number,"
                + " v.submitted_at, v.late, case when v.warned then 1 else 0 end,"
                + " case when v.warned then 1 else 0 end,"
                + " case when v.warned then '{CSAMQ-W001}'::text[] else '{}'::text[] end,"
                + " case when v.total >= 75 then 'GREEN' when v.total >= 50 then 'AMBER'"
                + "   else 'RED' end, false, v.number, least(v.total, 100), null, null, v.status,"
                + " (100 - least(v.total, 100)) + case when v.late then 20 else 0 end"
                + "   + case v.category when 'CATEGORY_1' then 15 when 'CATEGORY_2A' then 10"
                + "     when 'CATEGORY_2B' then 5 else 0 end,"
                + " '[]'::jsonb,"
                + " case when v.status in ('UNDER_REVIEW', 'QUERIED', 'ACCEPTED', 'REJECTED')"
                + "   then 'regulator-analyst' end,"
                + " case when v.status in ('UNDER_REVIEW', 'QUERIED', 'ACCEPTED', 'REJECTED')"
                + "   then v.submitted_at end"
                + " from rb_version v where v.number = v.versions");
        statement.execute("analyze");
      }
      List<UUID> filingsSample = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select id from rb_filing where r % " + Math.max(1, filings / 200) + " = 0")) {
        while (rows.next()) {
          filingsSample.add(rows.getObject(1, UUID.class));
        }
      }
      connection.commit();
      return new ReviewRegister(platforms, filings, submissions, starts, filingsSample);
    }
  }

  /** The six CSAM-Q indicators as the application stores them, with values from the total. */
  private static String indicators() {
    String[] codes = {
      "proactive_detection_rate",
      "removal_rate",
      "removal_speed",
      "user_report_24h_action_rate",
      "hash_matching_in_use",
      "url_blocking_in_use"
    };
    int[] weights = {3, 2, 2, 2, 2, 1};
    StringBuilder json = new StringBuilder("jsonb_build_array(");
    for (int i = 0; i < codes.length; i++) {
      if (i > 0) {
        json.append(", ");
      }
      json.append("jsonb_build_object('code', '")
          .append(codes[i])
          .append("', 'title', '")
          .append(codes[i])
          .append("', 'scored', true, 'inputs', '{}'::jsonb, 'value', ((total + ")
          .append(i * 13)
          .append(") % 100) / 100.0, 'band', 'benchmark', 'points', (total + ")
          .append(i * 13)
          .append(") % 101, 'weight', ")
          .append(weights[i])
          .append(")");
    }
    return json.append(")").toString();
  }

  /** The quarters before the one running today, oldest first. */
  private static List<LocalDate> pastQuarters(int count) {
    LocalDate current =
        ReportingPeriod.containing(PeriodType.QUARTERLY, LocalDate.now(REGULATOR_ZONE)).start();
    List<LocalDate> starts = new ArrayList<>();
    for (int back = count; back >= 1; back--) {
      starts.add(current.minusMonths(3L * back));
    }
    return starts;
  }
}
