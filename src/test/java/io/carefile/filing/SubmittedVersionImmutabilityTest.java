package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.draft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A submitted version never changes: not through the API, not through SQL. */
@QuarkusTest
class SubmittedVersionImmutabilityTest {

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void noApiCallChangesASubmittedVersion() {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    Map<String, Object> before = storedVersion(filing);

    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("values", Map.of("items_removed", 1), "expectedVersion", 1))
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(409);
    submit(platform.attestor(), filing, submission()).statusCode(409);
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("values", Map.of("items_removed", 980), "expectedVersion", 2))
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(200);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("values", Map.of("items_removed", 1), "expectedVersion", 4))
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(403);

    assertThat(storedVersion(filing)).isEqualTo(before);
    assertThat(
            as(platform.officer())
                .get("/api/v1/filings/" + filing + "/versions/1")
                .then()
                .extract()
                .jsonPath()
                .getInt("values.items_removed"))
        .isEqualTo(990);
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteASubmittedVersion() throws Exception {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    Map<String, Object> before = storedVersion(filing);

    assertThatThrownBy(
            () ->
                execute(
                    "update filing_version set filed_values = '{}'::jsonb, sha256 = 'forged'"
                        + " where filing_id = '"
                        + filing
                        + "'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () -> execute("delete from filing_version where filing_id = '" + filing + "'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("immutable");
    assertThatThrownBy(() -> execute("truncate filing_version cascade"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("immutable");

    assertThat(storedVersion(filing)).isEqualTo(before);
  }

  /** Every column of version 1, as the database holds it. */
  private Map<String, Object> storedVersion(String filing) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select * from filing_version where filing_id = ? and number = 1")) {
      query.setObject(1, UUID.fromString(filing));
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          columns.put(row.getMetaData().getColumnName(i), String.valueOf(row.getObject(i)));
        }
        return columns;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
