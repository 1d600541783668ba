package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.casesOf;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.csamQExplained;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With every trigger switched off, a RED return that shows a breach rule, its rejection and an
 * obligation long overdue open no case, on their events or in the daily sweep.
 */
@QuarkusTest
@TestProfile(CaseTriggersSwitchedOffTest.TriggersOff.class)
class CaseTriggersSwitchedOffTest {

  public static class TriggersOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "carefile.enforcement.triggers.red-score.enabled", "false",
          "carefile.enforcement.triggers.rejected-return.enabled", "false",
          "carefile.enforcement.triggers.breach-rule.enabled", "false",
          "carefile.enforcement.triggers.overdue-obligation.enabled", "false");
    }
  }

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject CaseTriggerSweep sweep;

  @Test
  void switchedOffTriggersOpenNothing() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = csamQExplained(platform, CaseTriggersTest.redValues());
    long version =
        as(CaseTriggersTest.ANALYST)
            .get("/api/v1/reviews/" + filing)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    as(CaseTriggersTest.ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", CaseTriggersTest.ANALYST, "expectedVersion", version))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
    as(CaseTriggersTest.ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("INCOMPLETE"),
                "text",
                "Incomplete.",
                "expectedVersion",
                version + 1))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201);
    assertThat(
            as(platform.officer())
                .get("/api/v1/filings/" + filing + "/versions/1/score")
                .then()
                .extract()
                .jsonPath()
                .getString("effectiveBand"))
        .isEqualTo("RED");
    assertThat(casesOf(owner, platform)).isZero();

    try (Connection connection = owner.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into obligation (id, platform_id, template_code, template_version,"
                    + " period_start, period_end, due_date, status, created_at, version)"
                    + " values (?, ?, 'CSAM-Q', 2, ?, ?, ?, 'OVERDUE', now(), 0)")) {
      LocalDate start = SubmittedReturns.currentQuarter().minusMonths(6);
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, platform.id());
      insert.setDate(3, Date.valueOf(start));
      insert.setDate(4, Date.valueOf(start.plusMonths(3).minusDays(1)));
      insert.setDate(5, Date.valueOf(start.plusMonths(3).plusDays(29)));
      insert.executeUpdate();
    }
    ManagedContext context = Arc.container().requestContext();
    context.activate();
    try {
      SystemWork.run(sweep::run);
    } finally {
      context.terminate();
    }
    assertThat(casesOf(owner, platform)).isZero();
  }
}
