package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.microsoft.playwright.Response;
import io.agroal.api.AgroalDataSource;
import io.carefile.audit.AuditLog;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.EmbeddedPostgresServer;
import io.carefile.support.Tokens;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a running application: the API answers 503 problem+json with Retry-After,
 * the portal the GOV.UK "service unavailable" page, readiness goes down; once it is back, the same
 * application serves again without a restart and the audit sequencer resumes. The server is started
 * again whatever happens, so later tests in this JVM find it as before.
 */
@QuarkusTest
class DatabaseOutageBrowserTest extends PortalBrowser {

  /** Only bounds the wait for the scheduled sequencer (every 200 ms); nothing is timed. */
  private static final Duration CHAINING_DEADLINE = Duration.ofSeconds(60);

  @Inject AuditLog auditLog;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Test
  void aLostDatabaseIsServiceUnavailableAndEverythingResumesWhenItIsBack() throws Exception {
    signIn("regulator-analyst", "/portal/regulator");
    String token = Tokens.bearer(Tokens.user("regulator-analyst"));
    given().header("Authorization", token).get("/api/v1/platforms").then().statusCode(200);

    EmbeddedPostgresServer.stopRunning();
    try {
      given()
          .header("Authorization", token)
          .get("/api/v1/platforms")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "10")
          .body("type", equalTo("urn:carefile:problem:service-unavailable"))
          .body("correlationId", nullValue());

      Response portal = page.navigate(url("/portal/platforms"));
      assertThat(portal.status()).isEqualTo(503);
      assertThat(portal.headers().get("retry-after")).isEqualTo("10");
      assertThat(portal.headers().get("content-type")).startsWith("text/html");
      assertThat(page).hasTitle("Sorry, the service is unavailable – Carefile");
      assertThat(page.locator("h1")).hasText("Sorry, the service is unavailable");
      screenshot("service-unavailable");

      Response register = page.navigate(url("/register/decisions"));
      assertThat(register.status()).isEqualTo(503);
      assertThat(register.headers().get("content-type")).startsWith("text/html");
      assertThat(page.locator("h1")).hasText("Sorry, the service is unavailable");

      given()
          .baseUri(CarefileTestEnvironment.managementUrl())
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("status", equalTo("DOWN"));
    } finally {
      EmbeddedPostgresServer.startRunning();
    }

    given().header("Authorization", token).get("/api/v1/platforms").then().statusCode(200);
    assertThat(page.navigate(url("/portal/platforms")).status()).isEqualTo(200);
    UUID event =
        SystemWork.call(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            auditLog.append(
                                new AuditLog.Entry(
                                    "test.after-outage",
                                    "Test",
                                    UUID.randomUUID(),
                                    null,
                                    Map.of("outage", "over")))));
    assertThat(awaitChained(event)).as("the sequencer chains an event written after").isTrue();
  }

  private boolean awaitChained(UUID event) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + CHAINING_DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection connection = owner.getConnection();
          PreparedStatement query =
              connection.prepareStatement("select 1 from audit_chain_link where event_id = ?")) {
        query.setObject(1, event);
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            return true;
          }
        }
      }
      Thread.sleep(200);
    }
    return false;
  }
}
