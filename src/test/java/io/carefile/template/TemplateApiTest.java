package io.carefile.template;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The template API: every Carefile role reads templates; only a regulator admin publishes, and a
 * published version never changes. Each test publishes under its own template code.
 */
@QuarkusTest
class TemplateApiTest {

  private static final String TEMPLATES = "/api/v1/templates";

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void aPlatformOfficerListsEveryTemplateAtItsLatestVersion() {
    JsonPath page =
        as("northwind-officer")
            .queryParam("size", 200)
            .get(TEMPLATES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> csam = page.getMap("items.find { it.code == 'CSAM-Q' }");
    assertThat(csam)
        .containsEntry("version", 2)
        .containsEntry("title", "Child sexual abuse material – quarterly return")
        .containsEntry("periodType", "QUARTERLY")
        .containsEntry("dueOffsetDays", 30)
        .containsEntry("categories", List.of("CATEGORY_1", "CATEGORY_2A", "CATEGORY_2B", "CORE"))
        .containsEntry("source", "file");
    assertThat((String) csam.get("definitionSha256")).matches("[0-9a-f]{64}");
    Map<String, Object> annual = page.getMap("items.find { it.code == 'DOC-ANNUAL' }");
    assertThat(annual)
        .containsEntry("periodType", "ANNUAL")
        .containsEntry("categories", List.of("CATEGORY_1", "CATEGORY_2A", "CATEGORY_2B"));
  }

  @Test
  void theListIsPaged() {
    as("regulator-analyst")
        .queryParam("size", 1)
        .get(TEMPLATES)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("page", equalTo(1))
        .body("size", equalTo(1))
        .body("totalItems", greaterThanOrEqualTo(2))
        .body("totalPages", greaterThanOrEqualTo(2));
    as("regulator-analyst")
        .queryParam("size", 201)
        .get(TEMPLATES)
        .then()
        .statusCode(400)
        .body("errors.field", contains("size"));
  }

  @Test
  void aRegulatorAndAPlatformSystemReadTheFullDefinition() {
    for (RequestSpecification reader :
        List.of(
            as("regulator-analyst"),
            as("regulator-enforcement"),
            as("brightsearch-attestor"),
            given()
                .header(
                    "Authorization", Tokens.bearer(Tokens.serviceAccount("northwind-filer"))))) {
      reader
          .get(TEMPLATES + "/CSAM-Q/versions/1")
          .then()
          .statusCode(200)
          .body("code", equalTo("CSAM-Q"))
          .body("version", equalTo(1))
          .body("source", equalTo("file"))
          .body("definition.periodType", equalTo("QUARTERLY"))
          .body("definition.sections[0].fields[0].code", equalTo("items_detected_total"))
          .body("definition.sections[0].fields[0].type", equalTo("integer"))
          .body("definition.sections[0].fields[0].required", equalTo(true))
          .body("definition.rules.id", hasItems("CSAMQ-R001", "CSAMQ-R011", "CSAMQ-W001"))
          .body(
              "definition.rules.find { it.id == 'CSAMQ-R001' }.expression",
              equalTo("items_removed <= items_detected_total"))
          .body("definition.indicators.code", hasItem("proactive_detection_rate"))
          .body("definition.periodOverPeriod.maxChangeShare", equalTo(0.5f));
    }
  }

  @Test
  void anUnknownTemplateOrVersionIsNotFound() {
    as("northwind-officer")
        .get(TEMPLATES + "/NO-SUCH/versions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:not-found"))
        .body("detail", equalTo("Template NO-SUCH was not found"));
    as("northwind-officer")
        .get(TEMPLATES + "/CSAM-Q/versions/99")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Template CSAM-Q version 99 was not found"));
    as("northwind-officer")
        .get(TEMPLATES + "/NO-SUCH/versions/1")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    as("northwind-officer")
        .get(TEMPLATES + "/CSAM-Q/versions/latest")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  @Test
  void anAdminPublishesANewVersionWhichThenNeverChanges() throws SQLException {
    String code = newCode();
    String location =
        upload("regulator-admin", "application/yaml", template(code, 1, "First version"))
            .then()
            .statusCode(201)
            .header("Location", endsWith(TEMPLATES + "/" + code + "/versions/1"))
            .body("code", equalTo(code))
            .body("version", equalTo(1))
            .body("source", equalTo("api"))
            .body("definitionSha256", matchesPattern("[0-9a-f]{64}"))
            .body("definition.title", equalTo("First version"))
            .extract()
            .header("Location");
    assertThat(auditEvents(code + "/v1")).isEqualTo(1);
    assertThat(publishedBy(code, 1)).startsWith("regulator-admin (");

    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-officer")))
        .get(location)
        .then()
        .statusCode(200)
        .body("definition.title", equalTo("First version"))
        .body("definition.rules[0].id", equalTo("T-R001"));

    upload("regulator-admin", "application/yaml", template(code, 1, "First version, changed"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:template-version-published"))
        .body(
            "detail",
            equalTo(
                code
                    + " version 1 is already published; published versions never change:"
                    + " publish this as version 2"));
    assertThat(auditEvents(code + "/v1")).isEqualTo(1);
    as("regulator-admin")
        .get(TEMPLATES + "/{code}/versions/1", code)
        .then()
        .body("definition.title", equalTo("First version"));
  }

  @Test
  void versionsAreListedNewestFirstAndMustGoUp() {
    String code = newCode();
    publish(code, 1);
    publish(code, 3);
    upload("regulator-admin", "application/yaml", template(code, 2, "Too late"))
        .then()
        .statusCode(409)
        .body("detail", containsString("version 3 is published"));

    as("brightsearch-officer")
        .get(TEMPLATES + "/{code}/versions", code)
        .then()
        .statusCode(200)
        .body("items.version", contains(3, 1))
        .body("totalItems", equalTo(2));
    JsonPath latest =
        as("brightsearch-officer")
            .queryParam("size", 200)
            .get(TEMPLATES)
            .then()
            .extract()
            .jsonPath();
    assertThat(latest.getInt("items.find { it.code == '" + code + "' }.version")).isEqualTo(3);
  }

  @Test
  void aTemplateCanBeUploadedAsJson() {
    String code = newCode();
    upload(
            "regulator-admin",
            "application/json",
            """
            {"code": "%s", "version": 1, "title": "In JSON", "periodType": "MONTHLY",
             "dueOffsetDays": 14, "categories": ["CORE"],
             "sections": [{"code": "main", "title": "Main", "fields": [
               {"code": "items", "label": "Items", "type": "integer", "min": 0}]}],
             "rules": [{"id": "J-R001", "severity": "ERROR", "expression": "items < 1000000",
                        "message": "Implausibly many items."}]}
            """
                .formatted(code))
        .then()
        .statusCode(201)
        .body("definition.periodType", equalTo("MONTHLY"))
        .body("definition.rules[0].expression", equalTo("items < 1000000"));
  }

  @Test
  void onlyARegulatorAdminPublishes() throws SQLException {
    String code = newCode();
    for (String user :
        List.of(
            "regulator-analyst",
            "regulator-enforcement",
            "northwind-officer",
            "northwind-attestor")) {
      upload(user, "application/yaml", template(code, 1, "Not theirs to publish"))
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:forbidden"));
    }
    given()
        .contentType("application/yaml")
        .body(template(code, 1, "Anonymous").getBytes(StandardCharsets.UTF_8))
        .post(TEMPLATES)
        .then()
        .statusCode(401);
    assertThat(storedVersions(code)).isZero();
  }

  @Test
  void anInvalidUploadIsRefusedWithEachProblemAndNothingIsStored() throws SQLException {
    String code = newCode();
    String invalid =
        template(code, 1, "Invalid")
            .replace("periodType: QUARTERLY", "periodType: FORTNIGHTLY")
            .replace("code: removed", "code: detected")
            .replace("expression: removed <= detected", "expression: removed <= detectd");

    upload("regulator-admin", "application/yaml", invalid)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:invalid-template"))
        .body("detail", startsWith("The template is invalid (4 problems)"))
        .body(
            "errors.field",
            contains(
                "periodType",
                "sections[0].fields[1].code",
                "rules[0].expression",
                "rules[0].expression"))
        .body(
            "errors[0].message",
            equalTo("\"FORTNIGHTLY\" is not one of MONTHLY, QUARTERLY, ANNUAL"))
        .body(
            "errors[1].message",
            equalTo("\"detected\" is already used at sections[0].fields[0].code"))
        .body("errors.message", hasItem(containsString("refers to 'detectd'")));
    assertThat(storedVersions(code)).isZero();
    assertThat(auditEvents(code + "/v1")).isZero();
    as("regulator-admin").get(TEMPLATES + "/{code}/versions", code).then().statusCode(404);
  }

  @Test
  void anUploadThatIsNotYamlOrNotATemplateIsRefused() {
    upload("regulator-admin", "application/yaml", "code: [unclosed")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("document"))
        .body("errors[0].message", startsWith("is not valid YAML"));
    upload("regulator-admin", "application/json", "[1, 2]")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("document"))
        .body("errors[0].message", startsWith("must be a mapping of attributes"));
    upload("regulator-admin", "application/yaml", "")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("is empty"));
    upload("regulator-admin", "text/plain", "code: X").then().statusCode(415);
  }

  private void publish(String code, int version) {
    upload("regulator-admin", "application/yaml", template(code, version, "Version " + version))
        .then()
        .statusCode(201);
  }

  /** A small valid template. Categories are left to CORE so it stays out of others' way. */
  private static String template(String code, int version, String title) {
    return """
        code: %s
        version: %d
        title: %s
        periodType: QUARTERLY
        dueOffsetDays: 30
        categories: [CORE]
        sections:
          - code: main
            title: Main
            fields:
              - code: detected
                label: Items detected
                type: integer
                min: 0
              - code: removed
                label: Items removed
                type: integer
                min: 0
        rules:
          - id: T-R001
            severity: ERROR
            expression: removed <= detected
            message: Items removed cannot be more than items detected.
        """
        .formatted(code, version, title);
  }

  private static String newCode() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '0');
  }

  /** Raw bytes: the body is sent exactly as written, whatever its content type. */
  private static Response upload(String user, String contentType, String document) {
    return as(user)
        .contentType(contentType)
        .body(document.getBytes(StandardCharsets.UTF_8))
        .post(TEMPLATES);
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(user)));
  }

  private long storedVersions(String code) throws SQLException {
    return count("select count(*) from return_template_version where code = ?", code);
  }

  private long auditEvents(String entityId) throws SQLException {
    return count(
        "select count(*) from audit_event where entity_type = 'ReturnTemplateVersion'"
            + " and action = 'template.published' and entity_id = ?",
        entityId);
  }

  private String publishedBy(String code, int version) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select published_by from return_template_version where code = ? and version = ?")) {
      statement.setString(1, code);
      statement.setInt(2, version);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
