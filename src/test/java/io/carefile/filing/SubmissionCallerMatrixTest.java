package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may file a binding return, caller kind by caller kind: only a person holding the platform's
 * attestor role, attesting as themselves, or the platform's own filing client naming such a person.
 * Every other caller is refused with its own code, and nothing is filed.
 */
@QuarkusTest
class SubmissionCallerMatrixTest {

  @ParameterizedTest(name = "{0} naming {1}: {2} {3}")
  @CsvSource({
    "its officer,            nobody,       403, attestor-role-required",
    "its officer,            its attestor, 403, attestor-role-required",
    "its attestor,           nobody,       201, ",
    "its attestor,           its attestor, 201, ",
    "its attestor,           its officer,  400, attestor-not-self",
    "its filing client,      nobody,       400, attestor-required",
    "its filing client,      its attestor, 201, ",
    "its filing client,      its officer,  403, attestor-not-recognised",
    "another filing client,  its attestor, 404, not-found",
    "another attestor,       nobody,       404, not-found",
    "regulator-analyst,      nobody,       403, forbidden",
    "regulator-enforcement,  nobody,       403, forbidden",
    "regulator-admin,        its attestor, 403, forbidden"
  })
  void onlyAnAttestorOrThePlatformsClientNamingOneFiles(
      String caller, String named, int status, String code) {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filingId = FilingFixtures.draft(platform);
    Map<String, Object> attestation = new HashMap<>(Map.of("statementAccepted", true));
    if (!named.equals("nobody")) {
      attestation.put(
          "attestor", named.equals("its attestor") ? platform.attestor() : platform.officer());
    }

    Response answer =
        callerOf(caller, platform)
            .contentType(ContentType.JSON)
            .body(Map.of("attestation", attestation))
            .post("/api/v1/filings/" + filingId + "/submissions");

    assertThat(answer.statusCode()).isEqualTo(status);
    if (code != null) {
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
      assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:carefile:problem:" + code);
    }
    List<Object> versions =
        as(platform.attestor())
            .get("/api/v1/filings/" + filingId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("versions");
    assertThat(versions).hasSize(status == 201 ? 1 : 0);
  }

  private static RequestSpecification callerOf(String caller, TestPlatform platform) {
    return switch (caller) {
      case "its officer" -> as(platform.officer());
      case "its attestor" -> as(platform.attestor());
      case "its filing client" -> asClient(platform.apiClient());
      case "another filing client" -> asClient(TestPlatforms.newPlatform().apiClient());
      case "another attestor" -> as(TestPlatforms.newPlatform().attestor());
      default -> as(caller);
    };
  }
}
