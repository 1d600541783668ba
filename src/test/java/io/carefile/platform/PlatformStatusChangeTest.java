package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A status change is optimistic-locked and lands with its audit event, or not at all. */
@QuarkusTest
class PlatformStatusChangeTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Test
  void suspendingAndReinstatingArePersistedAndAudited() throws SQLException {
    int version =
        asAdmin()
            .get("/api/v1/platforms/{id}", Tokens.BRIGHTSEARCH_ID)
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    long eventsBefore = auditEvents(Tokens.BRIGHTSEARCH_ID);

    asAdmin()
        .contentType("application/json")
        .body(change("SUSPENDED", version))
        .put("/api/v1/platforms/{id}/status", Tokens.BRIGHTSEARCH_ID)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"))
        .body("version", equalTo(version + 1));
    assertThat(auditEvents(Tokens.BRIGHTSEARCH_ID)).isEqualTo(eventsBefore + 1);
    assertThat(lastActor(Tokens.BRIGHTSEARCH_ID)).startsWith("regulator-admin (");

    // The same change again, from the version read before, is stale: nothing changes.
    asAdmin()
        .contentType("application/json")
        .body(change("ACTIVE", version))
        .put("/api/v1/platforms/{id}/status", Tokens.BRIGHTSEARCH_ID)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:stale-version"));
    assertThat(auditEvents(Tokens.BRIGHTSEARCH_ID)).isEqualTo(eventsBefore + 1);

    asAdmin()
        .contentType("application/json")
        .body(change("ACTIVE", version + 1))
        .put("/api/v1/platforms/{id}/status", Tokens.BRIGHTSEARCH_ID)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    assertThat(auditEvents(Tokens.BRIGHTSEARCH_ID)).isEqualTo(eventsBefore + 2);
  }

  @Test
  void changingToTheCurrentStatusIsAConflict() {
    int version =
        asAdmin()
            .get("/api/v1/platforms/{id}", Tokens.NORTHWIND_ID)
            .then()
            .extract()
            .path("version");
    asAdmin()
        .contentType("application/json")
        .body(change("ACTIVE", version))
        .put("/api/v1/platforms/{id}/status", Tokens.NORTHWIND_ID)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:platform-status-unchanged"))
        .body("detail", equalTo("Platform " + Tokens.NORTHWIND_ID + " is already ACTIVE"));
  }

  @Test
  void unknownPlatformIsNotFound() {
    asAdmin()
        .contentType("application/json")
        .body(change("SUSPENDED", 0))
        .put("/api/v1/platforms/{id}/status", UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  private static String change(String status, int expectedVersion) {
    return "{\"status\": \""
        + status
        + "\", \"reason\": \"Test of the status change\","
        + " \"expectedVersion\": "
        + expectedVersion
        + "}";
  }

  private static RequestSpecification asAdmin() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")));
  }

  private long auditEvents(String platformId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from audit_event where entity_type = 'Platform'"
                    + " and entity_id = ? and action = 'platform.status-changed'")) {
      statement.setString(1, platformId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private String lastActor(String platformId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select actor from audit_event where entity_type = 'Platform' and entity_id = ?"
                    + " order by occurred_at desc limit 1")) {
      statement.setString(1, platformId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
