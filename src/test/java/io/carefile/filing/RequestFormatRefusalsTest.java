package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static io.carefile.filing.FilingRefusals.FILING;
import static io.carefile.filing.FilingRefusals.assertNoFiling;
import static io.carefile.filing.FilingRefusals.newDraft;
import static io.carefile.filing.FilingRefusals.refused;
import static io.carefile.filing.FilingRefusals.send;
import static io.carefile.filing.FilingRefusals.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.filing.FilingRefusals.Draft;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests that are not what the API reads (a body that is not JSON or not of the declared shape,
 * another media type, a body over the size limit) are refused before anything is read into a
 * return, and change nothing.
 */
@QuarkusTest
class RequestFormatRefusalsTest {

  // Apart from the amendment, which makes its own, every test here is refused and changes nothing
  // (each asserts so), so they share one platform: a draft and an obligation without a return.
  private static TestPlatform platform;
  private static Draft openDraft;
  private static String unfiledCsam;

  @TestHTTPResource URI server;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void platformWithADraft() {
    if (unfiledCsam != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    openDraft = newDraft(platform, ReturnSamples.csamQuarter());
    // Set last: a setup that failed half-way is tried again by the next test.
    unfiledCsam = platform.obligation("CSAM-Q", FilingFixtures.currentQuarter().minusMonths(3));
  }

  @Test
  void anAmendmentTakesNoBodyAndAFormOrTextOneIsAnUnsupportedMediaType() throws Exception {
    Draft draft = newDraft(TestPlatforms.newPlatform(), ReturnSamples.csamQuarter());
    submit(draft.platform().attestor(), draft.filingId(), submission()).statusCode(201);
    Map<String, Object> before = stateOf(draft);

    for (String mediaType : List.of("application/x-www-form-urlencoded", "text/plain")) {
      refused(
          as(draft.platform().officer())
              .contentType(mediaType)
              .post(FILING + "/amendment", draft.filingId())
              .then(),
          415,
          "unsupported-media-type");
    }
    assertThat(stateOf(draft)).isEqualTo(before);

    // What a plain HTTP client sends: a POST with no body and no Content-Type.
    HttpResponse<String> amendment =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.resolve("/api/v1/filings/" + draft.filingId() + "/amendment"))
                    .header("Authorization", Tokens.bearer(Tokens.user(draft.platform().officer())))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(amendment.statusCode()).isEqualTo(200);
    assertThat(JsonPath.from(amendment.body()).getInt("draft.values.items_detected_total"))
        .isEqualTo(1000);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          POST  | start      | {"obligationId": "%s", "values": {
          POST  | start      | {"obligationId": "not-a-uuid"}
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": 0,}
          POST  | submission | {"attestation": {"statementAccepted": true}
          """)
  void aBodyThatIsNotReadableIsMalformed(String method, String endpoint, String body) {
    Draft draft = openDraft;
    String obligation = unfiledCsam;
    Map<String, Object> before = stateOf(draft);

    refused(
        send(method, endpoint, draft, body.formatted(obligation), ContentType.JSON.toString()),
        400,
        "malformed-body");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PATCH | draft      | {"values": {"items_removed": 1, "items_removed": 2}, "expectedVersion": VERSION}    | duplicate-member    | values.items_removed
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": VERSION}garbage                  | trailing-content    |
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": VERSION} {}                      | trailing-content    |
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedversion": VERSION}                         | unknown-member      | expectedversion
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": 1e-400}                          | wrong-type          | expectedVersion
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": 0.9}                             | wrong-type          | expectedVersion
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": "VERSION"}                       | wrong-type          | expectedVersion
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": 100000000000000000000}           | number-out-of-range | expectedVersion
          PATCH | draft      | {"values": {"median_hours_to_removal": 1e400}, "expectedVersion": VERSION}          | number-out-of-range | values.median_hours_to_removal
          PATCH | draft      | {"values": {"items_removed": 1e999999999}, "expectedVersion": VERSION}              | number-out-of-range | values.items_removed
          PATCH | draft      | {"values": {"items_removed": HUGE}, "expectedVersion": VERSION}                     | number-out-of-range | values.items_removed
          POST  | submission | {"values": {"items_removed": -1e400}, "attestation": {"statementAccepted": true}}   | number-out-of-range | values.items_removed
          PATCH | draft      | {"values": {"risk_notes": "a\\u0000b"}, "expectedVersion": VERSION}                 | invalid-text        | values.risk_notes
          PATCH | draft      | {"values": {"risk_notes": "\\ud800"}, "expectedVersion": VERSION}                  | invalid-text        | values.risk_notes
          PATCH | draft      | {"values": {"items\\u0000removed": 1}, "expectedVersion": VERSION}                 | invalid-text        |
          POST  | start      | {"obligationId": 12}                                                                 | malformed-body      | obligationId
          POST  | start      | {"obligationId": "OBLIGATION", "values": [1, 2]}                                     | wrong-type          | values
          PATCH | draft      | {"values": "items_removed=1", "expectedVersion": VERSION}                            | wrong-type          | values
          PATCH | draft      | {"values": {}, "expectedVersion": "latest"}                                          | wrong-type          | expectedVersion
          POST  | submission | {"attestation": {"statementAccepted": true}, "explanations": []}                     | wrong-type          | explanations
          POST  | submission | {"attestation": {"statementAccepted": "true"}}                                       | wrong-type          | attestation.statementAccepted
          POST  | submission | {"attestation": {"statementAccepted": 1}}                                            | wrong-type          | attestation.statementAccepted
          POST  | submission | {"attestation": {"statementAccepted": null}}                                         | invalid-request     | attestation.statementAccepted
          POST  | submission | {"attestation": {"statementAccepted": true}, "explanations": {"CSAMQ-W001": 12}}     | wrong-type          | explanations.CSAMQ-W001
          POST  | submission | {"attestation": {"statementAccepted": true, "attestor": "a\\u0000"}}                | invalid-text        | attestation.attestor
          """)
  void aBodyThatIsNotStrictlyOfTheOperationsShapeIsRefusedWithItsCode(
      String method, String endpoint, String body, String code, String field) {
    Draft draft = openDraft;
    String obligation = unfiledCsam;
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            send(
                method,
                endpoint,
                draft,
                body.replace("VERSION", String.valueOf(draft.version()))
                    .replace("OBLIGATION", obligation)
                    .replace("HUGE", "1" + "0".repeat(400)),
                ContentType.JSON.toString()),
            400,
            code);

    if (field != null) {
      assertThat(problem.getList("errors.field")).containsExactly(field);
    }
    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @Test
  void aBodyWithoutAContentTypeIsAnUnsupportedMediaType() throws Exception {
    Draft draft = openDraft;
    Map<String, Object> before = stateOf(draft);

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.resolve("/api/v1/filings/" + draft.filingId() + "/draft"))
                    .header("Authorization", Tokens.bearer(Tokens.user(draft.platform().officer())))
                    .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                            "{\"values\": {\"items_removed\": 1}, \"expectedVersion\": "
                                + draft.version()
                                + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(415);
    assertThat(JsonPath.from(answer.body()).getString("type"))
        .isEqualTo("urn:carefile:problem:unsupported-media-type");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} {1} as {2}")
  @CsvSource({
    "POST, start, text/plain",
    "POST, start, application/xml",
    "PATCH, draft, text/plain",
    "PATCH, draft, application/x-www-form-urlencoded",
    "POST, submission, text/plain",
    "POST, submission, application/xml"
  })
  void aBodyOfAnotherMediaTypeIsUnsupported(String method, String endpoint, String mediaType) {
    Draft draft = openDraft;
    String obligation = unfiledCsam;
    Map<String, Object> before = stateOf(draft);
    String body =
        switch (endpoint) {
          case "start" -> "{\"obligationId\": \"" + obligation + "\"}";
          case "draft" ->
              "{\"values\": {\"items_removed\": 1}, \"expectedVersion\": " + draft.version() + "}";
          default -> "{\"attestation\": {\"statementAccepted\": true}}";
        };

    refused(send(method, endpoint, draft, body, mediaType), 415, "unsupported-media-type");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"POST, start", "PATCH, draft", "POST, submission"})
  void aBodyOverTheSizeLimitIsRefused(String method, String endpoint) {
    Draft draft = openDraft;
    String obligation = unfiledCsam;
    Map<String, Object> before = stateOf(draft);
    String huge = "x".repeat(2 * 1024 * 1024 + 1);
    String body =
        switch (endpoint) {
          case "start" ->
              "{\"obligationId\": \"" + obligation + "\", \"values\": {\"x\": \"" + huge + "\"}}";
          case "draft" ->
              "{\"values\": {\"risk\": \""
                  + huge
                  + "\"}, \"expectedVersion\": "
                  + draft.version()
                  + "}";
          default ->
              "{\"attestation\": {\"statementAccepted\": true}, \"explanations\": {\"CSAMQ-W001\": \""
                  + huge
                  + "\"}}";
        };

    refused(
        send(method, endpoint, draft, body, ContentType.JSON.toString()), 413, "payload-too-large");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }
}
