package io.carefile.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plausible returns that pass every rule of the shipped templates, to change one figure at a time.
 */
public final class ReturnSamples {

  public static final LocalDate QUARTER_START = LocalDate.of(2026, 1, 1);
  public static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);
  public static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
  public static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

  private ReturnSamples() {}

  /** A CSAM-Q v1 return from a service that detects most material itself and acts fast. */
  public static Map<String, Object> csamQuarter() {
    Map<String, Object> values = new HashMap<>();
    values.put("items_detected_total", 1000);
    values.put("items_detected_hash_matching", 600);
    values.put("items_detected_classifier", 200);
    values.put("items_detected_user_reports", 100);
    values.put("items_detected_trusted_flaggers", 50);
    values.put("items_removed", 990);
    values.put("median_hours_to_removal", new BigDecimal("2.5"));
    values.put("p90_hours_to_removal", new BigDecimal("12.0"));
    values.put("accounts_terminated", 40);
    values.put("reports_to_nca", 950);
    values.put("reports_to_ncmec", 900);
    values.put("hash_matching_enabled", true);
    values.put("hash_lists", List.of("IWF", "CAID"));
    values.put("hash_matching_coverage_percent", new BigDecimal("98.5"));
    values.put("url_blocking_enabled", true);
    values.put("user_reports_received", 500);
    values.put("user_reports_actioned_24h", 450);
    values.put("appeals_received", 20);
    values.put("appeals_upheld", 3);
    values.put("moderation_staff_fte", new BigDecimal("12.5"));
    return values;
  }

  /** A DOC-ANNUAL v1 return from a service children are likely to use, with strong age checks. */
  public static Map<String, Object> dutyOfCareYear() {
    Map<String, Object> values = new HashMap<>();
    values.put("risk_assessment_date", LocalDate.of(2025, 9, 1));
    values.put("risk_assessment_outcome", "MEDIUM");
    values.put("risk_assessment_summary", "Grooming through direct messages; fraud in adverts.");
    values.put("childrens_access_assessment_done", true);
    values.put("childrens_access_assessment_date", LocalDate.of(2025, 6, 1));
    values.put("children_likely_to_access", true);
    values.put("age_assurance_methods", List.of("FACIAL_AGE_ESTIMATION", "PHOTO_ID_MATCHING"));
    values.put("tos_actions_terrorism", 100);
    values.put("tos_actions_hate", 200);
    values.put("tos_actions_harassment", 300);
    values.put("tos_actions_fraud", 400);
    values.put("tos_actions_self_harm", 50);
    values.put("tos_actions_pornography", 60);
    values.put("tos_actions_violence", 70);
    values.put("tos_actions_other", 80);
    values.put("tos_actions_total", 1260);
    values.put("tos_accounts_suspended", 300);
    values.put("complaints_received", 1000);
    values.put("complaints_resolved", 950);
    values.put("complaints_upheld", 100);
    values.put("complaints_median_days_to_resolve", new BigDecimal("3.5"));
    values.put("moderation_staff_fte", new BigDecimal("250"));
    values.put("moderation_languages", 12);
    values.put("moderation_automated_percent", new BigDecimal("40"));
    values.put("moderation_spend_gbp", new BigDecimal("1500000.00"));
    values.put("senior_manager_name", "Alex Morgan");
    values.put("senior_manager_role", "Chief Trust and Safety Officer");
    values.put("senior_manager_email", "alex.morgan@example.com");
    return values;
  }

  /**
   * For each ERROR rule of CSAM-Q v1, a return that breaks that rule and no other, by rule id in
   * the template's order.
   */
  public static Map<String, Map<String, Object>> csamErrorSamples() {
    Map<String, Object> ok = csamQuarter();
    Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
    samples.put("CSAMQ-R001", with(ok, "items_removed", 1001));
    samples.put("CSAMQ-R002", with(ok, "items_detected_trusted_flaggers", 201));
    samples.put(
        "CSAMQ-R003",
        with(ok, "median_hours_to_removal", new BigDecimal("20"), "p90_hours_to_removal", 12));
    samples.put("CSAMQ-R004", with(ok, "median_hours_to_removal", null));
    samples.put("CSAMQ-R005", with(ok, "items_removed", 0));
    samples.put("CSAMQ-R006", with(ok, "hash_lists", List.of()));
    samples.put(
        "CSAMQ-R007",
        with(
            ok,
            "hash_matching_enabled",
            false,
            "items_detected_hash_matching",
            0,
            "hash_matching_coverage_percent",
            null));
    samples.put(
        "CSAMQ-R008",
        with(
            ok,
            "hash_matching_enabled",
            false,
            "hash_lists",
            null,
            "hash_matching_coverage_percent",
            null));
    samples.put("CSAMQ-R009", with(ok, "hash_matching_coverage_percent", null));
    samples.put("CSAMQ-R010", with(ok, "user_reports_actioned_24h", 501));
    samples.put("CSAMQ-R011", with(ok, "appeals_upheld", 21));
    return samples;
  }

  /** For each WARNING rule of CSAM-Q v1, a return that breaks it and no ERROR rule. */
  public static Map<String, Map<String, Object>> csamWarningSamples() {
    Map<String, Object> ok = csamQuarter();
    Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
    samples.put("CSAMQ-W001", with(ok, "reports_to_nca", 0));
    samples.put(
        "CSAMQ-W002",
        with(
            ok,
            "hash_matching_enabled",
            false,
            "hash_lists",
            null,
            "hash_matching_coverage_percent",
            null,
            "items_detected_hash_matching",
            0));
    samples.put("CSAMQ-W003", with(ok, "moderation_staff_fte", BigDecimal.ZERO));
    samples.put("CSAMQ-W004", with(ok, "p90_hours_to_removal", 3000));
    return samples;
  }

  /** A copy of the values with some changed; a null value leaves the field blank. */
  public static Map<String, Object> with(Map<String, Object> values, Object... codesAndValues) {
    Map<String, Object> changed = new HashMap<>(values);
    for (int i = 0; i < codesAndValues.length; i += 2) {
      changed.put((String) codesAndValues[i], codesAndValues[i + 1]);
    }
    return changed;
  }
}
