package io.carefile.register;

import static io.carefile.support.SubmittedReturns.as;

import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enforcement cases made, confirmed and published through the API as the enforcement officer would,
 * for the register's tests: each answers the case's reference.
 */
public final class RegisterFixtures {

  public static final String OFFICER = "regulator-enforcement";
  private static final String CASES = "/api/v1/enforcement-cases";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private RegisterFixtures() {}

  public record TestCase(String id, String reference) {}

  /** An OPEN case against the platform, on a decision of the officer's own. */
  public static TestCase openCase(TestPlatform platform) {
    JsonPath opened =
        as(OFFICER)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "platformId",
                    platform.platformId(),
                    "grounds",
                    List.of(Map.of("kind", "OFFICER_DECISION", "finding", "Failings found")),
                    "reason",
                    "Opened for the register's test"))
            .post(CASES)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new TestCase(opened.getString("id"), opened.getString("reference"));
  }

  /**
   * A case taken to CONFIRMATION_DECISION with {@code requirements} requirements: its notice's
   * deadline is tomorrow, its confirmation the day after by the test clock, which is then reset.
   */
  public static TestCase confirmedCase(TestPlatform platform, TestClock clock, int requirements) {
    return confirmedCase(platform, clock, requirements, null);
  }

  /** The same, the confirmation imposing this {@code penalty} ({@code {"dailyRate": …}} etc.). */
  public static TestCase confirmedCase(
      TestPlatform platform, TestClock clock, int requirements, Map<String, Object> penalty) {
    TestCase c = openCase(platform);
    step(c, "START_INVESTIGATION", Map.of());
    LocalDate deadline = LocalDate.now(LONDON).plusDays(1);
    step(
        c,
        "ISSUE_PROVISIONAL_NOTICE",
        Map.of("representationsDeadline", deadline.toString(), "noticeText", "Provisional notice"));
    try {
      clock.set(deadline.plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
      List<Map<String, String>> imposed = new java.util.ArrayList<>();
      for (int i = 1; i <= requirements; i++) {
        imposed.add(
            Map.of("text", "Requirement " + i, "dueDate", deadline.plusDays(60).toString()));
      }
      Map<String, Object> confirmation = new HashMap<>(Map.of("requirements", imposed));
      if (penalty != null) {
        confirmation.put("penalty", penalty);
      }
      step(c, "CONFIRM", confirmation);
    } finally {
      clock.reset();
    }
    return c;
  }

  /** Publishes the case's decision with this summary. */
  public static void publish(TestCase c, String summary) {
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("summary", summary, "expectedVersion", version(c)))
        .post(CASES + "/{id}/publication", c.id())
        .then()
        .statusCode(201);
  }

  private static void step(TestCase c, String step, Map<String, Object> content) {
    Map<String, Object> body = new HashMap<>(content);
    body.put("step", step);
    body.put("reason", "For the register's test");
    body.put("expectedVersion", version(c));
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(body)
        .post(CASES + "/{id}/steps", c.id())
        .then()
        .statusCode(200);
  }

  private static long version(TestCase c) {
    return as(OFFICER)
        .get(CASES + "/{id}", c.id())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
