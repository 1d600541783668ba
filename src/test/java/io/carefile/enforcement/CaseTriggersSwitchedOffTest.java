package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.casesOf;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.csamQExplained;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With both triggers switched off, a RED return and a rejection open no case. */
@QuarkusTest
@TestProfile(CaseTriggersSwitchedOffTest.TriggersOff.class)
class CaseTriggersSwitchedOffTest {

  public static class TriggersOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "carefile.enforcement.triggers.red-score.enabled", "false",
          "carefile.enforcement.triggers.rejected-return.enabled", "false");
    }
  }

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

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
  }
}
