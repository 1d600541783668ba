package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static io.carefile.filing.FilingRefusals.FILINGS;
import static io.carefile.filing.FilingRefusals.assertNoFiling;
import static io.carefile.filing.FilingRefusals.filing;
import static io.carefile.filing.FilingRefusals.newDraft;
import static io.carefile.filing.FilingRefusals.refused;
import static io.carefile.filing.FilingRefusals.saveDraft;
import static io.carefile.filing.FilingRefusals.stateOf;
import static io.carefile.filing.FilingRefusals.waive;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.filing.FilingRefusals.Draft;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A return can only be started, saved or submitted when its obligation and its versions allow it:
 * another platform's obligation is not found, a waived one takes no return, an obligation takes one
 * return, a submitted return has no draft, and a stale version is a conflict. Each refusal leaves
 * the obligation and its filings as they were.
 */
@QuarkusTest
class FilingStateConflictsTest {

  /** Each test changes, or tries to change, a return of a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Test
  void anotherPlatformsObligationIsNotFoundWhateverTheValues() {
    String obligation = csamObligation(TestPlatforms.newPlatform());

    for (Map<String, Object> values :
        List.of(ReturnSamples.csamQuarter(), Map.<String, Object>of("items_found_by_magic", 1))) {
      refused(
          as(platform.officer())
              .contentType(ContentType.JSON)
              .body(Map.of("obligationId", obligation, "values", values))
              .post(FILINGS)
              .then(),
          404,
          "not-found");
    }

    assertNoFiling(obligation);
  }

  @Test
  void aWaivedObligationCannotBeStarted() {
    String obligation = csamObligation(platform);
    waive(obligation);

    JsonPath problem =
        refused(
            as(platform.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligation, "values", ReturnSamples.csamQuarter()))
                .post(FILINGS)
                .then(),
            409,
            "obligation-waived");

    assertThat(problem.getString("detail")).contains("was waived");
    assertNoFiling(obligation);
  }

  @Test
  void aDraftWhoseObligationWasWaivedCannotBeSubmitted() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    waive(draft.obligationId());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            submit(platform.attestor(), draft.filingId(), submission()), 409, "obligation-waived");

    assertThat(problem.getString("detail")).contains("was waived");
    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getList("versions")).isEmpty();
    assertThat(filing(draft).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void anObligationTakesOneReturnOnly() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    for (String who : List.of(platform.officer(), platform.attestor())) {
      JsonPath problem =
          refused(
              as(who)
                  .contentType(ContentType.JSON)
                  .body(
                      Map.of(
                          "obligationId",
                          draft.obligationId(),
                          "values",
                          Map.of("items_removed", 1)))
                  .post(FILINGS)
                  .then(),
              409,
              "filing-already-started");
      assertThat(problem.getString("detail")).contains(draft.filingId());
    }

    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void aSubmittedReturnWithoutAnOpenDraftCannotBeSubmittedOrSavedAgain() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    submit(platform.attestor(), draft.filingId(), submission()).statusCode(201);
    Map<String, Object> before = stateOf(draft);
    long version = filing(draft).getLong("version");

    assertThat(
            refused(
                    submit(platform.attestor(), draft.filingId(), submission()),
                    409,
                    "no-open-draft")
                .getString("detail"))
        .contains("has no open draft");
    refused(
        saveDraft(draft, Map.of("values", Map.of("items_removed", 1), "expectedVersion", version)),
        409,
        "no-open-draft");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getList("versions.number")).containsExactly(1);
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndChangesNothing() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    saveDraft(
            draft,
            Map.of("values", Map.of("items_removed", 980), "expectedVersion", draft.version()))
        .statusCode(200);
    Map<String, Object> before = stateOf(draft);

    for (long stale : List.of(draft.version(), draft.version() + 5)) {
      JsonPath problem =
          refused(
              saveDraft(
                  draft, Map.of("values", Map.of("items_removed", 1), "expectedVersion", stale)),
              409,
              "stale-version");
      assertThat(problem.getString("detail")).contains("has changed since you read it");

      Map<String, Object> body = submission();
      body.put("expectedVersion", stale);
      refused(submit(platform.attestor(), draft.filingId(), body), 409, "stale-version");
    }

    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getInt("draft.values.items_removed")).isEqualTo(980);
  }
}
