package io.carefile.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The platform's scores the return pages draw their trend from ({@code ScoringService.scoresOf})
 * are scoped like every platform-owned read: a platform's people and systems get their own
 * platform's, regulators every platform's, and another platform's are none at all.
 */
@QuarkusTest
class PlatformScoresScopeTest {

  @Test
  void aPlatformReadsOnlyItsOwnScoresAndRegulatorsReadAny() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String earlier =
        SubmittedReturns.csamQ(
            owner, SubmittedReturns.previousQuarter(), ReturnSamples.csamQuarter());
    String later = SubmittedReturns.csamQ(owner);
    List<String> both = List.of(earlier + "/1", later + "/1");

    assertThat(scoresOf(SubmittedReturns.as(owner.officer()), owner)).isEqualTo(both);
    assertThat(scoresOf(SubmittedReturns.as("regulator-analyst"), owner)).isEqualTo(both);
    assertThat(scoresOf(SubmittedReturns.as(other.officer()), owner)).isEmpty();
    assertThat(scoresOf(SubmittedReturns.as(other.attestor()), owner)).isEmpty();
    assertThat(scoresOf(SubmittedReturns.as(other.officer()), other)).isEmpty();
  }

  private static List<String> scoresOf(RequestSpecification caller, TestPlatform platform) {
    return caller
        .get("/api/v1/test-support/platform-scores/" + platform.platformId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$", String.class);
  }
}
