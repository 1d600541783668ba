package io.carefile.portal.shared;

import java.util.UUID;

/**
 * Every page's address, in one place: pages link and redirect to each other through these, never
 * through each other's classes, so that a feature's pages can move without the others noticing.
 */
public final class PortalRoutes {

  public static final String PORTAL = "/portal";
  public static final String PLATFORM_HOME = PORTAL + "/platform";
  public static final String REGULATOR_HOME = PORTAL + "/regulator";
  public static final String PLATFORMS = PORTAL + "/platforms";
  public static final String PLATFORM_ONBOARDING = PLATFORMS + "/new";
  public static final String OBLIGATIONS = PORTAL + "/obligations";
  public static final String OBLIGATION_GENERATION = OBLIGATIONS + "/generation";
  public static final String TEMPLATE_PUBLICATION = PORTAL + "/templates/publication";
  public static final String FILINGS = PORTAL + "/filings";
  public static final String RETURNS = PORTAL + "/returns";
  public static final String REVIEWS = PORTAL + "/reviews";
  public static final String QUERIES = PORTAL + "/queries";
  public static final String BENCHMARKS = PORTAL + "/benchmarks";
  public static final String INDICATOR_HEAT_MAP = BENCHMARKS + "/indicators";
  public static final String ENFORCEMENT_CASES = PORTAL + "/enforcement-cases";
  public static final String ENFORCEMENT_CASE_OPENING = ENFORCEMENT_CASES + "/new";
  public static final String PENALTIES = PORTAL + "/penalties";
  public static final String PENALTY_CALCULATOR = PORTAL + "/penalty-calculator";
  public static final String EXPORTS = PORTAL + "/exports";
  public static final String SPREADSHEET = "/spreadsheet";
  public static final String SIGN_OUT_REQUEST = PORTAL + "/sign-out-request";

  /** The public register: outside the portal's sign-in. */
  public static final String REGISTER = "/register";

  public static final String REGISTER_DECISIONS = REGISTER + "/decisions";

  private PortalRoutes() {}

  public static String platform(UUID id) {
    return PLATFORMS + "/" + id;
  }

  public static String platformProfile(UUID id) {
    return platform(id) + "/edit";
  }

  public static String filing(UUID id) {
    return FILINGS + "/" + id;
  }

  public static String filingSection(UUID id, String section) {
    return filing(id) + "/sections/" + section;
  }

  public static String filingSubmission(UUID id) {
    return filing(id) + "/submit";
  }

  public static String filingVersion(UUID id, int version) {
    return filing(id) + "/versions/" + version;
  }

  /** What changed between two submitted versions of a return. */
  public static String filingDiff(UUID id, int from, int to) {
    return filing(id) + "/diff?from=" + from + "&to=" + to;
  }

  /** The analyst's page of one return under review. */
  public static String review(UUID filingId) {
    return REVIEWS + "/" + filingId;
  }

  /** The analyst's form raising a query about a return. */
  public static String queryRaising(UUID filingId) {
    return review(filingId) + "/queries/new";
  }

  /** One query's thread, for the platform and the analyst alike. */
  public static String query(UUID queryId) {
    return QUERIES + "/" + queryId;
  }

  /** One penalty, for the regulator and the penalised platform alike. */
  public static String penalty(UUID penaltyId) {
    return PENALTIES + "/" + penaltyId;
  }

  /** A background export's progress, then its download, for the person who asked for it. */
  public static String export(UUID exportId) {
    return EXPORTS + "/" + exportId;
  }

  /** One enforcement case, for the regulator and the case's platform alike. */
  public static String enforcementCase(UUID caseId) {
    return ENFORCEMENT_CASES + "/" + caseId;
  }
}
