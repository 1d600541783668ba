package io.carefile.common.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security, the second line of tenant scoping: SQL that forgets the scope entirely, run
 * on the application's own connection, still sees and changes only what the caller may. Callers are
 * real: tokens from Keycloak, through a (test-only) endpoint of the running application.
 */
@QuarkusTest
class RowLevelSecurityTest {

  private static final String NORTHWIND = Tokens.NORTHWIND_ID;
  private static final String BRIGHTSEARCH = Tokens.BRIGHTSEARCH_ID;
  private static final String PROBE = "/api/v1/test-support/row-level-security";
  private static final LocalDate QUARTER = LocalDate.of(2650, 1, 1);
  private static boolean arranged;

  @Inject AgroalDataSource application;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String applicationRole;

  @ConfigProperty(name = "quarkus.datasource.password")
  String applicationPassword;

  @ConfigProperty(name = "quarkus.flyway.username")
  String ownerRole;

  /**
   * Both demo platforms have rows in every platform-owned table, submitted with a key and accepted.
   */
  @BeforeEach
  void bothPlatformsHaveFiled() {
    if (arranged) {
      return;
    }
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "CSAM-Q", "periodStart", QUARTER.toString()))
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
    file(NORTHWIND, "northwind-attestor");
    file(BRIGHTSEARCH, "brightsearch-attestor");
    arranged = true;
  }

  @Test
  void aPlatformCallersUnscopedSelectReturnsOnlyItsOwnRows() throws SQLException {
    Map<String, Set<String>> everything = visibleTo(owner);
    for (String table : RowLevelSecurityProbe.TABLES) {
      assertThat(everything.get(table)).as(table).contains(NORTHWIND, BRIGHTSEARCH);
    }

    Map<String, Set<String>> northwind = probeVisible(as("northwind-officer"));
    Map<String, Set<String>> brightsearch =
        probeVisible(
            given()
                .header(
                    "Authorization", Tokens.bearer(Tokens.serviceAccount("brightsearch-filer"))));
    for (String table : RowLevelSecurityProbe.TABLES) {
      assertThat(northwind.get(table)).as("Northwind sees in " + table).containsOnly(NORTHWIND);
      assertThat(brightsearch.get(table))
          .as("Brightsearch's client sees in " + table)
          .containsOnly(BRIGHTSEARCH);
    }
  }

  @Test
  void aPlatformCallerCannotWriteAnotherPlatformsRows() throws SQLException {
    Map<String, Object> changed =
        as("northwind-officer")
            .contentType(ContentType.JSON)
            .body("{}")
            .post(PROBE + "/update-everything")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    assertThat(changed.get("platform")).isEqualTo(1);
    for (String table : Set.of("obligation", "filing", "review")) {
      assertThat(((Number) changed.get(table)).longValue())
          .as("rows an unscoped update changed in " + table)
          .isEqualTo(ownerCount("select count(*) from " + table + " where platform_id = ?"));
      assertThat(
              ownerCount("select count(*) from " + table + " where platform_id is distinct from ?"))
          .as("other platforms' rows in " + table)
          .isPositive();
    }

    assertThat(insertObligationAs("northwind-officer", BRIGHTSEARCH))
        .startsWith("42501")
        .contains("row-level security");
    assertThat(insertObligationAs("northwind-officer", NORTHWIND)).isEqualTo("inserted");
  }

  @Test
  void regulatorsAndSystemWorkSeeEveryPlatform() throws SQLException {
    Map<String, Set<String>> everything = visibleTo(owner);

    assertThat(probeVisible(as("regulator-analyst"))).isEqualTo(everything);
    assertThat(
            SystemWork.call(
                () ->
                    QuarkusTransaction.requiringNew()
                        .call(
                            () -> {
                              try (Connection connection = application.getConnection()) {
                                return RowLevelSecurityProbe.visibleOn(connection);
                              }
                            })))
        .isEqualTo(everything);
  }

  @Test
  void withNoScopeNothingIsVisible() throws SQLException {
    // Outside any request and any system work: the pool sets the empty scope.
    assertThat(visibleTo(application).values()).allMatch(Set::isEmpty);
    // A session of the application's role that nothing has configured at all.
    try (Connection bare =
        DriverManager.getConnection(jdbcUrl, applicationRole, applicationPassword)) {
      assertThat(RowLevelSecurityProbe.visibleOn(bare).values()).allMatch(Set::isEmpty);
      try (Statement statement = bare.createStatement()) {
        assertThatThrownBy(
                () ->
                    statement.executeUpdate(
                        "insert into audit_event (id, occurred_at, actor, platform_id,"
                            + " entity_type, entity_id, action, state_digest) values"
                            + " (gen_random_uuid(), now(), 'x', null, 'x', 'x', 'x', 'x')"))
            .hasMessageContaining("row-level security");
      }
    }
  }

  @Test
  void theApplicationsRoleIsNeitherSuperuserNorOwner() throws SQLException {
    try (Connection connection = application.getConnection();
        Statement statement = connection.createStatement();
        ResultSet role =
            statement.executeQuery(
                "select current_user, rolsuper, rolbypassrls,"
                    + " (select count(*) from pg_tables where schemaname = 'public'"
                    + "   and tableowner = current_user),"
                    + " (select count(*) from pg_class where relname in ('platform', 'obligation',"
                    + "   'filing', 'filing_version', 'submission_idempotency', 'filing_score',"
                    + "   'review', 'review_decision', 'review_event', 'audit_event')"
                    + "   and relrowsecurity)"
                    + " from pg_roles where rolname = current_user")) {
      assertThat(role.next()).isTrue();
      assertThat(role.getString(1)).isEqualTo(applicationRole).isNotEqualTo(ownerRole);
      assertThat(role.getBoolean(2)).as("superuser").isFalse();
      assertThat(role.getBoolean(3)).as("bypasses row-level security").isFalse();
      assertThat(role.getLong(4)).as("tables it owns").isZero();
      assertThat(role.getLong(5)).as("tables under row-level security").isEqualTo(10);
    }
  }

  /**
   * The application may not even try to change a submitted version (no grant), and as it owns
   * nothing it cannot switch the immutability trigger off either; the owner meets the trigger
   * ({@code SubmittedVersionImmutabilityTest}).
   */
  @Test
  void submittedVersionsStayImmutableEvenForSystemWork() throws SQLException {
    SystemWork.run(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      try (Connection connection = application.getConnection();
                          Statement statement = connection.createStatement()) {
                        assertThatThrownBy(
                                () ->
                                    statement.executeUpdate(
                                        "update filing_version set submitted_by = submitted_by"))
                            .hasMessageContaining("permission denied for table filing_version");
                      } catch (SQLException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    try (Connection connection = application.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("alter table filing_version disable trigger user"))
          .hasMessageContaining("must be owner");
    }
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        ResultSet triggers =
            statement.executeQuery(
                "select count(*) from pg_trigger where tgrelid = 'filing_version'::regclass"
                    + " and tgenabled = 'O' and not tgisinternal")) {
      triggers.next();
      assertThat(triggers.getInt(1)).as("enabled immutability triggers").isEqualTo(2);
    }
  }

  private static void file(String platformId, String attestor) {
    String obligation =
        as("regulator-admin")
            .queryParam("platformId", platformId)
            .queryParam("templateCode", "CSAM-Q")
            .queryParam("from", QUARTER.toString())
            .queryParam("to", QUARTER.plusMonths(2).toString())
            .get("/api/v1/obligations")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    String filing =
        as(attestor)
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation, "values", ReturnSamples.csamQuarter()))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(attestor)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "rls-" + UUID.randomUUID())
        .body(Map.of("attestation", Map.of("statementAccepted", true)))
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
    // Accepted through the review, so the review's tables hold the platform's rows too.
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", "regulator-analyst", "expectedVersion", reviewVersion(filing)))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "ACCEPT", "expectedVersion", reviewVersion(filing)))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201);
  }

  private static long reviewVersion(String filing) {
    return as("regulator-analyst")
        .get("/api/v1/reviews/" + filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }

  private static Map<String, Set<String>> probeVisible(RequestSpecification caller) {
    Map<String, java.util.List<String>> answer =
        caller.get(PROBE + "/visible").then().statusCode(200).extract().jsonPath().getMap("");
    Map<String, Set<String>> visible = new java.util.TreeMap<>();
    answer.forEach((table, platforms) -> visible.put(table, new java.util.TreeSet<>(platforms)));
    return visible;
  }

  private static String insertObligationAs(String username, String platformId) {
    return as(username)
        .queryParam("platform", platformId)
        .contentType(ContentType.JSON)
        .body("{}")
        .post(PROBE + "/insert-obligation")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static Map<String, Set<String>> visibleTo(AgroalDataSource dataSource)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return RowLevelSecurityProbe.visibleOn(connection);
    }
  }

  private long ownerCount(String sql) throws SQLException {
    try (Connection connection = owner.getConnection();
        var statement = connection.prepareStatement(sql)) {
      statement.setObject(1, UUID.fromString(NORTHWIND));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
