package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Onboarding bodies as a hostile or careless client writes them: each is refused with its own
 * problem code and the path of the culprit, and neither a platform nor a Keycloak account appears.
 */
@QuarkusTest
class OnboardingHostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @TestHTTPResource URI server;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          profile.serviceKinds               | [1, 2]                    | wrong-type          | profile.serviceKinds[0]
          profile.serviceKinds               | ["1"]                     | malformed-body      | profile.serviceKinds[0]
          profile.ukMonthlyActiveUsers       | 0.9                       | wrong-type          | profile.ukMonthlyActiveUsers
          profile.ukMonthlyActiveUsers       | 1e3                       | wrong-type          | profile.ukMonthlyActiveUsers
          profile.ukMonthlyActiveUsers       | "1000"                    | wrong-type          | profile.ukMonthlyActiveUsers
          profile.ukMonthlyActiveUsers       | 100000000000000000000     | number-out-of-range | profile.ukMonthlyActiveUsers
          profile.ukMonthlyActiveUsers       | true                      | wrong-type          | profile.ukMonthlyActiveUsers
          profile.qualifyingRevenue.amount   | "12"                      | wrong-type          | profile.qualifyingRevenue.amount
          profile.legalName                  | 12                        | wrong-type          | profile.legalName
          profile.legalName                  | ["Acme Ltd"]              | wrong-type          | profile.legalName
          profile.legalName                  | "Acme\\u0000 Ltd"         | invalid-text        | profile.legalName
          profile.legalName                  | "Acme \\ud800 Ltd"        | invalid-text        | profile.legalName
          profile.legalName                  | "Acme \\uffff Ltd"        | invalid-text        | profile.legalName
          profile.tradingName                | "Acme\\u0007"             | invalid-text        | profile.tradingName
          firstOfficer.lastName              | "Okafor\\u0000"           | invalid-text        | firstOfficer.lastName
          profile.legalName                  | "\\u202Edtl emca"         | invalid-request     | profile.legalName
          profile.legalName                  | "Acme\\u200B Ltd"         | invalid-request     | profile.legalName
          profile.tradingName                | "\\ufeffAcme"             | invalid-request     | profile.tradingName
          firstOfficer.firstName             | "Nadia\\u2066"            | invalid-request     | firstOfficer.firstName
          profile.nickname                   | "Acme"                    | unknown-member      | profile.nickname
          """)
  void aHostileValueIsRefusedWithItsCodeAndPath(
      String member, String json, String code, String field) {
    NewPlatform request = new NewPlatform();

    JsonPath problem = refused(withMember(request, member, json), code);

    assertThat(problem.getList("errors.field")).contains(field);
    assertNothingCreated(request);
  }

  @Test
  void aMemberNamedTwiceIsRefused() throws Exception {
    NewPlatform request = new NewPlatform();
    String body =
        JSON.writeValueAsString(request.body())
            .replaceFirst("\"slug\":", "\"slug\":\"other-" + request.token + "\",\"slug\":");

    JsonPath problem = refused(body, "duplicate-member");

    assertThat(problem.getList("errors.field")).containsExactly("slug");
    assertNothingCreated(request);
  }

  @Test
  void contentAfterTheDocumentIsRefused() throws Exception {
    NewPlatform request = new NewPlatform();

    refused(JSON.writeValueAsString(request.body()) + "garbage", "trailing-content");
    refused(JSON.writeValueAsString(request.body()) + " {}", "trailing-content");

    assertNothingCreated(request);
  }

  @Test
  void anOverLongUtf8SequenceIsNotReadAsASlash() throws Exception {
    NewPlatform request = new NewPlatform();
    byte[] json = JSON.writeValueAsBytes(request.body());
    String text = new String(json, StandardCharsets.UTF_8);
    // C0 AF is an over-long encoding of "/", which a lenient decoder reads as one.
    int at = text.indexOf(request.legalName);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
    body.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
    body.write(text.substring(at + request.legalName.length()).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.resolve("/api/v1/platforms"))
                    .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JsonPath.from(answer.body()).getString("type"))
        .isEqualTo("urn:carefile:problem:malformed-body");
    assertThat(new PlatformRecords(dataSource).platformsNamed("/")).isZero();
    assertNothingCreated(request);
  }

  @Test
  void namesAreStoredInNormalisationFormC() {
    NewPlatform request = new NewPlatform().legalName("Cafe\u0301 Northwind Ltd");

    request.onboard();

    assertThat(new PlatformRecords(dataSource).platformsNamed("Caf\u00e9 Northwind Ltd"))
        .isEqualTo(1);
  }

  private static String withMember(NewPlatform request, String member, String json) {
    try {
      String marker = "\"__" + request.token + "__\"";
      @SuppressWarnings("unchecked")
      Map<String, Object> body = new HashMap<>(request.body());
      Map<String, Object> at = body;
      String[] steps = member.split("\\.");
      for (int i = 0; i < steps.length - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = new HashMap<>((Map<String, Object>) at.get(steps[i]));
        at.put(steps[i], inner);
        at = inner;
      }
      at.put(steps[steps.length - 1], marker.substring(1, marker.length() - 1));
      return JSON.writeValueAsString(body).replace(marker, json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonPath refused(String body, String code) {
    JsonPath problem =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
            .contentType("application/json")
            .body(body)
            .post("/api/v1/platforms")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("type")).isEqualTo("urn:carefile:problem:" + code);
    return problem;
  }

  private void assertNothingCreated(NewPlatform request) {
    assertThat(new PlatformRecords(dataSource).platformsWithSlug(request.slug)).isZero();
    assertThat(PlatformIdentities.usersWithEmail(request.email)).isEmpty();
  }
}
