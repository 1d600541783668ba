package io.carefile.scoring;

import static io.carefile.support.SubmittedReturns.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Score overrides made and read through the public API, as an analyst or a platform would. */
final class Overrides {

  static final String ANALYST = "regulator-analyst";

  private Overrides() {}

  /** The body of an override; a null leaves its member out. */
  static Map<String, Object> body(
      String band, String reasonCode, String comment, Long expectedVersion) {
    Map<String, Object> body = new HashMap<>();
    if (band != null) {
      body.put("band", band);
    }
    if (reasonCode != null) {
      body.put("reasonCode", reasonCode);
    }
    if (comment != null) {
      body.put("comment", comment);
    }
    if (expectedVersion != null) {
      body.put("expectedVersion", expectedVersion);
    }
    return body;
  }

  static ValidatableResponse override(String user, String filing, Map<String, Object> body) {
    return as(user)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/score-override")
        .then();
  }

  /** An analyst's override of the latest version, expected to be made; answers it. */
  static JsonPath overrideAs(String filing, String band, String reason, String comment) {
    return override(ANALYST, filing, body(band, reason, comment, null))
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /**
   * {@code reconfirmation}, {@code lapse} or {@code withdrawal} of the latest version's override.
   */
  static ValidatableResponse change(String user, String filing, String step, Object version) {
    Map<String, Object> body = new HashMap<>();
    if (version != null) {
      body.put("expectedVersion", version);
    }
    return as(user)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/score-override/" + step)
        .then();
  }

  static JsonPath score(String user, String filing, int version) {
    return as(user)
        .get("/api/v1/filings/" + filing + "/versions/" + version + "/score")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath history(String user, String filing) {
    return as(user)
        .get("/api/v1/filings/" + filing + "/score-overrides")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The version of the override that applies to the filing's version now. */
  static long overrideVersion(String filing, int version) {
    return score(ANALYST, filing, version).getLong("override.version");
  }
}
