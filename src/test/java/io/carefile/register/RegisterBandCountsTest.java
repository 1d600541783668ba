package io.carefile.register;

import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register's band counts are of the band that counts: a return whose computed band is GREEN and
 * which an analyst overrode to RED is counted RED, not GREEN. A quarter no other test files for
 * keeps the counts to this test's one return.
 */
@QuarkusTest
class RegisterBandCountsTest {

  private static final LocalDate QUARTER = LocalDate.of(2019, 1, 1);

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Test
  void anOverriddenReturnIsCountedInItsOverridingBand() throws SQLException {
    TestPlatform platform = TestPlatforms.newPlatform();
    // ReturnSamples.csamQuarter() scores GREEN.
    String filing = SubmittedReturns.csamQ(platform, QUARTER, ReturnSamples.csamQuarter());
    String category = categoryOf(platform);
    assertThat(bandCounts(category)).isEqualTo(new BandCounts(1, 0, 0));

    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "band",
                "RED",
                "reasonCode",
                "REGULATOR_INTELLIGENCE",
                "comment",
                "Intelligence from a partner agency."))
        .post("/api/v1/filings/" + filing + "/score-override")
        .then()
        .statusCode(201);

    assertThat(bandCounts(category)).isEqualTo(new BandCounts(0, 0, 1));
  }

  private record BandCounts(long green, long amber, long red) {}

  private BandCounts bandCounts(String category) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select green, amber, red from register_return_statistics(?)"
                    + " where template_code = 'CSAM-Q' and period_start = ? and category = ?")) {
      query.setObject(1, LocalDate.now(ZoneId.of("Europe/London")));
      query.setObject(2, QUARTER);
      query.setString(3, category);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("a row for %s", category).isTrue();
        return new BandCounts(row.getLong(1), row.getLong(2), row.getLong(3));
      }
    }
  }

  private String categoryOf(TestPlatform platform) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select category from platform where id = ?")) {
      query.setObject(1, platform.id());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
