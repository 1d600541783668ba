package io.carefile.filing;

import static io.restassured.RestAssured.given;

import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds filings through the public API. Each call takes a quarter no other test uses, so tests
 * never share an obligation even though they share the demo platforms and their people.
 */
final class FilingFixtures {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2200);
  private static final AtomicInteger NEXT_LATEST_YEAR = new AtomicInteger(9000);

  static final String NORTHWIND_OFFICER = "northwind-officer";
  static final String NORTHWIND_ATTESTOR = "northwind-attestor";
  static final String BRIGHTSEARCH_ATTESTOR = "brightsearch-attestor";
  static final String NORTHWIND_CLIENT = "northwind-filer";
  static final String BRIGHTSEARCH_CLIENT = "brightsearch-filer";

  private FilingFixtures() {}

  /** A quarter of a year no other test uses. */
  static LocalDate freshQuarter() {
    return LocalDate.of(NEXT_YEAR.getAndIncrement(), 1, 1);
  }

  /**
   * A quarter later than any {@link #freshQuarter()}, for tests that accept returns: an accepted
   * return becomes the base of later periods' comparisons, so it must come after every other test's
   * period.
   */
  static LocalDate latestQuarter() {
    return LocalDate.of(NEXT_LATEST_YEAR.getAndIncrement(), 1, 1);
  }

  static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }

  static RequestSpecification asClient(String clientId) {
    return given().header("Authorization", Tokens.bearer(Tokens.serviceAccount(clientId)));
  }

  /** Generates the CSAM-Q obligations of a fresh quarter; answers the platform's obligation id. */
  static String csamObligation(String platformId) {
    return csamObligation(platformId, freshQuarter());
  }

  static String csamObligation(String platformId, LocalDate quarterStart) {
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "CSAM-Q", "periodStart", quarterStart.toString()))
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
    return as("regulator-admin")
        .queryParam("platformId", platformId)
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("from", quarterStart.toString())
        .queryParam("to", quarterStart.plusMonths(6).toString())
        .get("/api/v1/obligations")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }

  /** Starts a filing for the obligation with these values, as the user; answers its id. */
  static String start(String username, String obligationId, Map<String, ?> values) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(Map.of("obligationId", obligationId, "values", values))
        .post("/api/v1/filings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A Northwind CSAM-Q filing for a fresh quarter holding a plausible, valid return. */
  static String northwindDraft() {
    return start(
        NORTHWIND_OFFICER, csamObligation(Tokens.NORTHWIND_ID), ReturnSamples.csamQuarter());
  }

  static Map<String, Object> attested() {
    return Map.of("statementAccepted", true);
  }

  static Map<String, Object> submission() {
    Map<String, Object> body = new HashMap<>();
    body.put("attestation", attested());
    return body;
  }

  static ValidatableResponse submit(String username, String filingId, Map<String, ?> body) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filingId + "/submissions")
        .then();
  }
}
