package io.carefile.scoring;

import static io.carefile.scoring.Overrides.ANALYST;
import static io.carefile.scoring.Overrides.body;
import static io.carefile.scoring.Overrides.change;
import static io.carefile.scoring.Overrides.history;
import static io.carefile.scoring.Overrides.override;
import static io.carefile.scoring.Overrides.overrideAs;
import static io.carefile.scoring.Overrides.overrideVersion;
import static io.carefile.scoring.Overrides.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst's override is shown beside the computed band, counts as the effective band, survives
 * an amendment awaiting re-confirmation until re-confirmed or let lapse, can be superseded and
 * withdrawn; each change is in the history, in the audit log and fired as EffectiveBandChanged.
 */
@QuarkusTest
class ScoreOverrideTest {

  /** ReturnSamples.csamQuarter() with these changes scores 67.92, AMBER (SubmissionScoreTest). */
  private static final Map<String, Object> AMBER_AMENDMENT =
      Map.of(
          "items_removed", 950,
          "median_hours_to_removal", 30,
          "p90_hours_to_removal", 48,
          "url_blocking_enabled", false);

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject EffectiveBandChanges changes;

  private OverrideRecords records;
  private TestPlatform platform;
  private String filing;

  @BeforeEach
  void submittedReturn() {
    records = new OverrideRecords(owner);
    platform = TestPlatforms.newPlatform();
    // ReturnSamples.csamQuarter(): 89.58, GREEN.
    filing = SubmittedReturns.csamQ(platform);
  }

  @Test
  void anOverrideIsShownBesideTheComputedBand() {
    JsonPath before = score(ANALYST, filing, 1);
    assertThat(before.getString("band")).isEqualTo("GREEN");
    assertThat(before.getString("computedBand")).isEqualTo("GREEN");
    assertThat(before.getString("effectiveBand")).isEqualTo("GREEN");
    assertThat(before.getMap("override")).isNull();

    JsonPath made =
        override(
                ANALYST,
                filing,
                body("RED", "KNOWN_INCIDENT", "A breach reported to us in March.", 0L))
            .statusCode(201)
            .header(
                "Location",
                org.hamcrest.Matchers.endsWith("/api/v1/filings/" + filing + "/versions/1/score"))
            .extract()
            .jsonPath();
    assertThat(made.getString("state")).isEqualTo("ACTIVE");
    assertThat(made.getString("band")).isEqualTo("RED");
    assertThat(made.getString("computedBand")).isEqualTo("GREEN");
    assertThat(made.getInt("versionNumber")).isEqualTo(1);
    assertThat(made.getInt("sequence")).isEqualTo(1);
    assertThat(made.getLong("version")).isEqualTo(1);
    assertThat(made.getString("createdBy")).isEqualTo(ANALYST);

    for (String reader : List.of(ANALYST, platform.officer(), platform.attestor())) {
      JsonPath after = score(reader, filing, 1);
      assertThat(after.getString("band")).as(reader).isEqualTo("GREEN");
      assertThat(after.getString("computedBand")).isEqualTo("GREEN");
      assertThat(after.getDouble("total")).isEqualTo(89.58);
      assertThat(after.getString("effectiveBand")).isEqualTo("RED");
      assertThat(after.getString("override.band")).isEqualTo("RED");
      assertThat(after.getString("override.reasonCode")).isEqualTo("KNOWN_INCIDENT");
      assertThat(after.getString("override.reasonLabel"))
          .isEqualTo("A known incident in the period");
      assertThat(after.getString("override.comment"))
          .isEqualTo("A breach reported to us in March.");
      assertThat(after.getString("override.state")).isEqualTo("ACTIVE");
      assertThat(after.getString("override.since")).isEqualTo(made.getString("createdAt"));
      assertThat(after.getLong("override.version")).isEqualTo(1);
      assertThat(after.getMap("override")).doesNotContainKeys("createdBy", "resolvedBy");
    }

    assertThat(history(platform.officer(), filing).getList("items.createdBy")).containsOnlyNulls();
    assertThat(history(ANALYST, filing).getList("items.createdBy")).containsExactly(ANALYST);
    assertThat(records.auditEvents("score-override.made", platform.platformId())).isEqualTo(1);
    assertThat(changes.about(filing))
        .extracting(
            EffectiveBandChanged::versionNumber,
            EffectiveBandChanged::band,
            EffectiveBandChanged::overridden)
        .containsExactly(tuple(1, ScoreBand.RED, true));
  }

  @Test
  void anAmendmentCarriesTheOverrideAwaitingReconfirmationUntilAnAnalystReconfirmsIt() {
    overrideAs(filing, "RED", "REGULATOR_INTELLIGENCE", "Intelligence from a partner agency.");

    SubmittedReturns.amend(platform, filing, AMBER_AMENDMENT);

    JsonPath second = score(platform.officer(), filing, 2);
    assertThat(second.getString("computedBand")).isEqualTo("AMBER");
    assertThat(second.getString("band")).isEqualTo("AMBER");
    assertThat(second.getString("effectiveBand")).isEqualTo("RED");
    assertThat(second.getString("override.state")).isEqualTo("AWAITING_RECONFIRMATION");
    assertThat(second.getInt("override.carriedFromVersion")).isEqualTo(1);
    assertThat(second.getString("override.comment"))
        .isEqualTo("Intelligence from a partner agency.");
    JsonPath first = score(platform.officer(), filing, 1);
    assertThat(first.getString("effectiveBand")).isEqualTo("RED");
    assertThat(first.getString("override.state")).isEqualTo("CARRIED_FORWARD");

    JsonPath carried = history(ANALYST, filing);
    assertThat(carried.getList("items.versionNumber")).containsExactly(1, 2);
    assertThat(carried.getList("items.state"))
        .containsExactly("CARRIED_FORWARD", "AWAITING_RECONFIRMATION");
    assertThat(carried.getList("items.computedBand")).containsExactly("GREEN", "AMBER");
    assertThat(carried.getString("items[0].resolvedBy")).isEqualTo(platform.attestor());
    assertThat(carried.getString("items[1].createdBy")).isEqualTo(platform.attestor());
    assertThat(records.auditEvents("score-override.carried-forward", platform.platformId()))
        .isEqualTo(1);
    // Carrying changes nothing that counts: no event.
    assertThat(changes.about(filing)).hasSize(1);

    JsonPath reconfirmed =
        change(ANALYST, filing, "reconfirmation", overrideVersion(filing, 2))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reconfirmed.getString("state")).isEqualTo("ACTIVE");
    assertThat(reconfirmed.getString("reconfirmedBy")).isEqualTo(ANALYST);

    JsonPath after = score(platform.officer(), filing, 2);
    assertThat(after.getString("effectiveBand")).isEqualTo("RED");
    assertThat(after.getString("override.state")).isEqualTo("ACTIVE");
    assertThat(after.getString("override.reconfirmedAt")).isNotNull();
    assertThat(history(platform.officer(), filing).getList("items.state"))
        .containsExactly("CARRIED_FORWARD", "ACTIVE");
    assertThat(history(platform.officer(), filing).getList("items.reconfirmedBy"))
        .containsOnlyNulls();
    assertThat(records.auditEvents("score-override.reconfirmed", platform.platformId()))
        .isEqualTo(1);
    assertThat(changes.about(filing))
        .extracting(EffectiveBandChanged::versionNumber, EffectiveBandChanged::band)
        .containsExactly(tuple(1, ScoreBand.RED), tuple(2, ScoreBand.RED));
  }

  @Test
  void aCarriedOverrideThatTheAmendmentsBandMatchesCannotBeReconfirmedAndLapses() {
    overrideAs(filing, "AMBER", "DATA_QUALITY_CONCERN", "Removal times look too good.");
    SubmittedReturns.amend(platform, filing, AMBER_AMENDMENT);
    long carried = overrideVersion(filing, 2);
    List<Long> before = records.state(platform.platformId());

    change(ANALYST, filing, "reconfirmation", carried)
        .statusCode(422)
        .body("type", equalTo("urn:carefile:problem:override-unchanged"));
    assertThat(records.state(platform.platformId())).isEqualTo(before);

    JsonPath lapsed =
        change(ANALYST, filing, "lapse", carried).statusCode(200).extract().jsonPath();
    assertThat(lapsed.getString("state")).isEqualTo("LAPSED");
    assertThat(lapsed.getString("resolvedBy")).isEqualTo(ANALYST);
    assertThat(lapsed.getLong("version")).isEqualTo(carried + 1);

    JsonPath second = score(platform.officer(), filing, 2);
    assertThat(second.getString("effectiveBand")).isEqualTo("AMBER");
    assertThat(second.getMap("override")).isNull();
    assertThat(history(platform.officer(), filing).getList("items.state"))
        .containsExactly("CARRIED_FORWARD", "LAPSED");
    assertThat(records.auditEvents("score-override.lapsed", platform.platformId())).isEqualTo(1);
    assertThat(changes.about(filing))
        .extracting(EffectiveBandChanged::band, EffectiveBandChanged::overridden)
        .containsExactly(tuple(ScoreBand.AMBER, true), tuple(ScoreBand.AMBER, false));
  }

  @Test
  void aCarriedOverrideLetLapseLeavesTheNewComputedBand() {
    overrideAs(filing, "RED", "KNOWN_INCIDENT", "Outage in the hash-matching service.");
    SubmittedReturns.amend(platform, filing, AMBER_AMENDMENT);

    change(ANALYST, filing, "lapse", overrideVersion(filing, 2))
        .statusCode(200)
        .body("state", equalTo("LAPSED"));

    assertThat(score(ANALYST, filing, 2).getString("effectiveBand")).isEqualTo("AMBER");
    // The first version's override still stands as it counted then.
    assertThat(score(ANALYST, filing, 1).getString("effectiveBand")).isEqualTo("RED");
    assertThat(changes.about(filing))
        .extracting(
            EffectiveBandChanged::versionNumber,
            EffectiveBandChanged::band,
            EffectiveBandChanged::overridden)
        .containsExactly(tuple(1, ScoreBand.RED, true), tuple(2, ScoreBand.AMBER, false));
    // A lapsed override is carried no further.
    SubmittedReturns.amend(platform, filing, Map.of("accounts_terminated", 41));
    assertThat(score(ANALYST, filing, 3).getMap("override")).isNull();
    assertThat(history(ANALYST, filing).getList("items")).hasSize(2);
  }

  @Test
  void aSecondOverrideOfTheSameVersionSupersedesTheFirst() {
    JsonPath first = overrideAs(filing, "RED", "KNOWN_INCIDENT", "First view.");

    JsonPath second =
        override(
                ANALYST,
                filing,
                body("AMBER", "CONTEXT_NOT_IN_FIGURES", "On reflection.", first.getLong("version")))
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(second.getLong("version")).isGreaterThan(first.getLong("version") + 1);

    JsonPath history = history(ANALYST, filing);
    assertThat(history.getList("items.state")).containsExactly("SUPERSEDED", "ACTIVE");
    assertThat(history.getList("items.band")).containsExactly("RED", "AMBER");
    assertThat(history.getList("items.sequence")).containsExactly(1, 2);
    assertThat(history.getString("items[0].resolvedBy")).isEqualTo(ANALYST);
    assertThat(score(platform.officer(), filing, 1).getString("effectiveBand")).isEqualTo("AMBER");
    assertThat(score(platform.officer(), filing, 1).getString("override.reasonCode"))
        .isEqualTo("CONTEXT_NOT_IN_FIGURES");
    assertThat(records.auditEvents("score-override.made", platform.platformId())).isEqualTo(2);
    assertThat(changes.about(filing))
        .extracting(EffectiveBandChanged::band)
        .containsExactly(ScoreBand.RED, ScoreBand.AMBER);

    // The first override's version is stale now, as is "none applies".
    for (long stale : List.of(first.getLong("version"), 0L)) {
      List<Long> before = records.state(platform.platformId());
      override(ANALYST, filing, body("RED", "KNOWN_INCIDENT", "Again.", stale))
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:stale-version"))
          .body("errors.field", contains("expectedVersion"));
      assertThat(records.state(platform.platformId())).isEqualTo(before);
    }
  }

  @Test
  void anAnalystWithdrawsAnActiveOverride() {
    JsonPath made = overrideAs(filing, "AMBER", "KNOWN_INCIDENT", "Pending an inspection.");

    JsonPath withdrawn =
        change(ANALYST, filing, "withdrawal", made.getLong("version"))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getString("resolvedAt")).isNotNull();

    JsonPath score = score(platform.officer(), filing, 1);
    assertThat(score.getString("effectiveBand")).isEqualTo("GREEN");
    assertThat(score.getMap("override")).isNull();
    assertThat(history(platform.officer(), filing).getList("items.state"))
        .containsExactly("WITHDRAWN");
    assertThat(records.auditEvents("score-override.withdrawn", platform.platformId())).isEqualTo(1);
    assertThat(changes.about(filing))
        .extracting(EffectiveBandChanged::band, EffectiveBandChanged::overridden)
        .containsExactly(tuple(ScoreBand.AMBER, true), tuple(ScoreBand.GREEN, false));

    // Withdrawn is final; a new override starts afresh.
    List<Long> before = records.state(platform.platformId());
    for (String step : List.of("withdrawal", "reconfirmation", "lapse")) {
      change(ANALYST, filing, step, withdrawn.getLong("version"))
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:override-step-not-allowed"))
          // Nowhere: the problem names no allowed state.
          .body("allowed", org.hamcrest.Matchers.nullValue());
    }
    assertThat(records.state(platform.platformId())).isEqualTo(before);
    override(ANALYST, filing, body("RED", "KNOWN_INCIDENT", "Inspection found gaps.", 0L))
        .statusCode(201);
  }

  @Test
  void anOverrideMadeWhileAnAmendmentIsSubmittedIsCarriedOntoItOrMadeOnIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Connection holder = owner.getConnection()) {
      // Hold the filing's override lock, so that the override and the amendment's carrying both
      // wait for it and then race.
      holder.setAutoCommit(false);
      try (PreparedStatement lock =
          holder.prepareStatement(
              "select pg_advisory_xact_lock(hashtextextended(? || '/score-override/' || ?, 0))")) {
        lock.setString(1, platform.platformId());
        lock.setString(2, filing);
        lock.execute();
      }
      Future<Integer> overriding =
          pool.submit(
              () ->
                  override(ANALYST, filing, body("RED", "KNOWN_INCIDENT", "Raced.", null))
                      .extract()
                      .statusCode());
      Future<?> amending =
          pool.submit(() -> SubmittedReturns.amend(platform, filing, AMBER_AMENDMENT));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (records.number(
              "select count(*) from pg_locks where locktype = 'advisory' and not granted")
          < 2) {
        assertThat(System.nanoTime()).as("both wait for the lock").isLessThan(deadline);
        Thread.sleep(50);
      }
      holder.rollback();
      assertThat(overriding.get(30, TimeUnit.SECONDS)).isEqualTo(201);
      amending.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    // Whichever went first, the amendment's version is overridden: carried, or made on it.
    JsonPath second = score(ANALYST, filing, 2);
    assertThat(second.getString("computedBand")).isEqualTo("AMBER");
    assertThat(second.getString("effectiveBand")).isEqualTo("RED");
    assertThat(second.getString("override.state")).isIn("ACTIVE", "AWAITING_RECONFIRMATION");
  }

  @Test
  void theDatabaseKeepsWhatAnOverrideSaysAndAllowsOnlyItsMoves() throws Exception {
    String id = overrideAs(filing, "RED", "KNOWN_INCIDENT", "Kept as written.").getString("id");

    for (String tampering :
        List.of(
            "update score_override set comment = 'rewritten' where id = ?",
            "update score_override set band = 'AMBER' where id = ?",
            "update score_override set state = 'LAPSED', resolved_by = 'x', resolved_at = now(),"
                + " version = version + 1 where id = ?",
            "update score_override set state = 'ACTIVE', version = version where id = ?",
            "delete from score_override where id = ?")) {
      assertThatThrownBy(() -> records.execute(tampering, OverrideRecords.id(id)))
          .as(tampering)
          .hasMessageContaining("score override");
    }
    assertThat(
            records.number(
                "select count(*) from score_override where id = ? and comment = 'Kept as written.'"
                    + " and state = 'ACTIVE' and version = 1",
                OverrideRecords.id(id)))
        .isEqualTo(1);
    // Row-level security as on every platform-owned table; the application may not delete.
    assertThat(
            records.number(
                "select count(*) from pg_class where relname = 'score_override' and relrowsecurity"))
        .isEqualTo(1);
    assertThat(
            records.number(
                "select count(*) from pg_policies where tablename = 'score_override'"
                    + " and policyname = 'score_override_in_scope'"))
        .isEqualTo(1);
    assertThat(
            records.number(
                "select count(*) from information_schema.role_table_grants"
                    + " where table_name = 'score_override' and privilege_type = 'DELETE'"
                    + " and grantee <> (select tableowner from pg_tables"
                    + "   where tablename = 'score_override')"))
        .isZero();
  }
}
