package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.start;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.carefile.common.json.CanonicalJson;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filing endpoint × every caller × own/other platform. A platform's people and systems reach
 * their own platform's returns and never another's: another platform's filing, version, receipt or
 * obligation answers exactly as a missing one would, and stays as it was. Regulators read every
 * platform's returns and change none.
 */
@QuarkusTest
class FilingIsolationTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String NOT_FOUND = "urn:carefile:problem:not-found";
  private static final String FORBIDDEN = "urn:carefile:problem:forbidden";
  private static final String ATTESTOR_ROLE_REQUIRED =
      "urn:carefile:problem:attestor-role-required";

  /**
   * Who acts for a platform: its compliance officer, its attestor (who is an officer too, as the
   * demo attestors are), or its own system with client credentials.
   */
  enum Role {
    OFFICER,
    ATTESTOR,
    SYSTEM;

    Actor of(TestPlatform platform) {
      return switch (this) {
        case OFFICER -> new Actor(platform.officer(), false, platform);
        case ATTESTOR -> new Actor(platform.attestor(), false, platform);
        case SYSTEM -> new Actor(platform.apiClient(), true, platform);
      };
    }
  }

  /** Someone calling the API: a person, or a platform's own system with client credentials. */
  record Actor(String name, boolean serviceAccount, TestPlatform platform) {

    static Actor regulator(String name) {
      return new Actor(name, false, null);
    }

    RequestSpecification request() {
      return serviceAccount ? asClient(name) : as(name);
    }

    /** Attestors attest as themselves; a platform's system names its platform's attestor. */
    boolean mayAttest() {
      return serviceAccount || name.equals(platform.attestor());
    }

    Map<String, Object> attestation() {
      Map<String, Object> attestation = new HashMap<>();
      attestation.put("statementAccepted", true);
      if (serviceAccount) {
        attestation.put("attestor", platform.attestor());
      }
      return attestation;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A platform's return in the state an endpoint needs to succeed on it: an obligation not yet
   * started, a valid draft, or a return submitted twice (version 2 raised items detected from 1000
   * to 1001) with no draft open.
   */
  record Target(
      String platformId,
      String obligationId,
      String filingId,
      String accessionNumber,
      long version) {

    /** Ids nothing has: what a missing record answers is what another platform's must answer. */
    static Target missing() {
      return new Target(
          null,
          UUID.randomUUID().toString(),
          UUID.randomUUID().toString(),
          "DCR-1999-999999-02",
          0);
    }

    String masked(String detail) {
      String masked = detail;
      for (String id : Arrays.asList(obligationId, filingId, accessionNumber)) {
        if (id != null) {
          masked = masked.replace(id, "<id>");
        }
      }
      return masked;
    }
  }

  enum Endpoint {
    GET_FILING(false) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor.request().get("/api/v1/filings/{id}", target.filingId()).then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(200)
            .body("id", equalTo(target.filingId()))
            .body("platformId", equalTo(target.platformId()))
            .body("versions.number", contains(1, 2));
      }
    },

    GET_VERSION(false) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor.request().get("/api/v1/filings/{id}/versions/2", target.filingId()).then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(200)
            .body("number", equalTo(2))
            .body("accessionNumber", equalTo(target.accessionNumber()))
            .body("values.items_detected_total", equalTo(1001));
      }
    },

    GET_VERSION_RECEIPT(false) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .get("/api/v1/filings/{id}/versions/2/receipt", target.filingId())
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        JsonPath receipt =
            response
                .statusCode(200)
                .body("filingId", equalTo(target.filingId()))
                .body("accessionNumber", equalTo(target.accessionNumber()))
                .extract()
                .jsonPath();
        assertThat(CanonicalJson.sha256Hex(receipt.getString("canonicalPayload")))
            .isEqualTo(receipt.getString("sha256"));
      }
    },

    GET_RECEIPT_BY_ACCESSION_NUMBER(false) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor.request().get("/api/v1/receipts/{number}", target.accessionNumber()).then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(200)
            .body("accessionNumber", equalTo(target.accessionNumber()))
            .body("filingId", equalTo(target.filingId()))
            .body("version", equalTo(2));
      }
    },

    GET_DIFF(false) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .queryParam("from", 1)
            .queryParam("to", 2)
            .get("/api/v1/filings/{id}/diff", target.filingId())
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(200)
            .body("changes.field", contains("items_detected_total"))
            .body("changes[0].before", equalTo(1000))
            .body("changes[0].after", equalTo(1001));
      }
    },

    START(true) {
      @Override
      Target prepare(TestPlatform platform) {
        return new Target(platform.platformId(), csamObligation(platform), null, null, 0);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "obligationId",
                    target.obligationId(),
                    "values",
                    Map.of("items_detected_total", 5)))
            .post("/api/v1/filings")
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(201)
            .body("obligationId", equalTo(target.obligationId()))
            .body("platformId", equalTo(target.platformId()))
            .body("status", equalTo("DRAFT"))
            .body("draft.values.items_detected_total", equalTo(5));
      }
    },

    SAVE_DRAFT(true) {
      @Override
      Target prepare(TestPlatform platform) {
        return draft(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "values",
                    Map.of("items_detected_total", 999),
                    "expectedVersion",
                    target.version()))
            .patch("/api/v1/filings/{id}/draft", target.filingId())
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        long version =
            response
                .statusCode(200)
                .body("id", equalTo(target.filingId()))
                .body("draft.values.items_detected_total", equalTo(999))
                .extract()
                .jsonPath()
                .getLong("version");
        assertThat(version).isGreaterThan(target.version());
      }
    },

    START_AMENDMENT(true) {
      @Override
      Target prepare(TestPlatform platform) {
        return submittedTwice(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .contentType(ContentType.JSON)
            .post("/api/v1/filings/{id}/amendment", target.filingId())
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(200)
            .body("id", equalTo(target.filingId()))
            .body("latestVersion", equalTo(2))
            .body("draft.values.items_detected_total", equalTo(1001));
      }
    },

    SUBMIT(true) {
      @Override
      Target prepare(TestPlatform platform) {
        return draft(platform);
      }

      @Override
      ValidatableResponse call(Actor actor, Target target) {
        return actor
            .request()
            .contentType(ContentType.JSON)
            .body(Map.of("attestation", actor.attestation()))
            .post("/api/v1/filings/{id}/submissions", target.filingId())
            .then();
      }

      @Override
      void succeeded(ValidatableResponse response, Target target) {
        response
            .statusCode(201)
            .body("filingId", equalTo(target.filingId()))
            .body("version", equalTo(1))
            .body("accessionNumber", notNullValue());
      }
    };

    private final boolean changes;

    Endpoint(boolean changes) {
      this.changes = changes;
    }

    /** Builds, through the API, a return of the platform this endpoint can succeed on. */
    abstract Target prepare(TestPlatform platform);

    abstract ValidatableResponse call(Actor actor, Target target);

    abstract void succeeded(ValidatableResponse response, Target target);

    /**
     * Another platform's record is not found, like a missing one. Only submitting is refused to a
     * person without the attestor role before any record is looked at, whoever's it is.
     */
    String refusalOfOther(Actor actor) {
      return this == SUBMIT && !actor.mayAttest() ? ATTESTOR_ROLE_REQUIRED : NOT_FOUND;
    }
  }

  static Stream<Role> platformRoles() {
    return Stream.of(Role.values());
  }

  static Stream<Actor> regulators() {
    return Stream.of(
        Actor.regulator("regulator-analyst"),
        Actor.regulator("regulator-enforcement"),
        Actor.regulator("regulator-admin"));
  }

  static Stream<Arguments> platformActorsOnEveryEndpoint() {
    return platformRoles()
        .flatMap(role -> Stream.of(Endpoint.values()).map(e -> Arguments.of(role, e)));
  }

  static Stream<Arguments> regulatorsOnReads() {
    return regulators()
        .flatMap(
            who ->
                Stream.of(Endpoint.values())
                    .filter(e -> !e.changes)
                    .map(e -> Arguments.of(who, e)));
  }

  static Stream<Arguments> regulatorsOnWrites() {
    return regulators()
        .flatMap(
            who ->
                Stream.of(Endpoint.values()).filter(e -> e.changes).map(e -> Arguments.of(who, e)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("platformActorsOnEveryEndpoint")
  void aPlatformCallerReachesItsOwnReturnsAndNeverAnothers(Role role, Endpoint endpoint) {
    Actor actor = role.of(TestPlatforms.newPlatform());
    Target own = endpoint.prepare(actor.platform());
    Target other = endpoint.prepare(TestPlatforms.newPlatform());

    ValidatableResponse ownResponse = endpoint.call(actor, own);
    if (endpoint == Endpoint.SUBMIT && !actor.mayAttest()) {
      refused(ownResponse, 403, ATTESTOR_ROLE_REQUIRED);
    } else {
      endpoint.succeeded(ownResponse, own);
    }

    Map<String, Object> before = stateOf(other);
    String refusal = endpoint.refusalOfOther(actor);
    int status = ATTESTOR_ROLE_REQUIRED.equals(refusal) ? 403 : 404;
    JsonPath otherProblem = refused(endpoint.call(actor, other), status, refusal);
    assertThat(stateOf(other)).isEqualTo(before);

    Target missing = Target.missing();
    JsonPath missingProblem = refused(endpoint.call(actor, missing), status, refusal);
    assertThat(other.masked(otherProblem.getString("detail")))
        .isEqualTo(missing.masked(missingProblem.getString("detail")));
    assertThat(otherProblem.getString("title")).isEqualTo(missingProblem.getString("title"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("platformRoles")
  void aPlatformCallersListHoldsItsOwnReturnsOnly(Role role) {
    Actor actor = role.of(TestPlatforms.newPlatform());
    Target own = submittedTwice(actor.platform());
    Target other = submittedTwice(TestPlatforms.newPlatform());

    actor
        .request()
        .queryParam("size", 100)
        .get("/api/v1/filings")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(own.filingId()))
        .body("items.id", not(hasItem(other.filingId())))
        .body("items.platformId", everyItem(equalTo(actor.platform().platformId())));
    actor
        .request()
        .queryParam("platformId", actor.platform().platformId())
        .queryParam("obligationId", own.obligationId())
        .get("/api/v1/filings")
        .then()
        .statusCode(200)
        .body("items.id", contains(own.filingId()))
        .body("totalItems", equalTo(1));

    for (Map<String, String> filter :
        List.of(
            Map.of("platformId", other.platformId()),
            Map.of("platformId", other.platformId(), "status", "SUBMITTED"),
            Map.of("obligationId", other.obligationId()))) {
      actor
          .request()
          .queryParams(filter)
          .get("/api/v1/filings")
          .then()
          .statusCode(200)
          .body("items", empty())
          .body("totalItems", equalTo(0));
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("regulatorsOnReads")
  void regulatorsReadEveryPlatformsReturns(Actor regulator, Endpoint endpoint) {
    for (TestPlatform platform :
        List.of(TestPlatforms.newPlatform(), TestPlatforms.newPlatform())) {
      Target target = endpoint.prepare(platform);
      endpoint.succeeded(endpoint.call(regulator, target), target);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regulators")
  void regulatorsListEveryPlatformsReturns(Actor regulator) {
    Target first = submittedTwice(TestPlatforms.newPlatform());
    Target second = submittedTwice(TestPlatforms.newPlatform());

    regulator
        .request()
        .queryParam("size", 100)
        .get("/api/v1/filings")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(first.filingId()))
        .body("items.id", hasItem(second.filingId()));
    for (Target target : List.of(first, second)) {
      regulator
          .request()
          .queryParam("platformId", target.platformId())
          .queryParam("obligationId", target.obligationId())
          .get("/api/v1/filings")
          .then()
          .statusCode(200)
          .body("items.id", contains(target.filingId()))
          .body("items[0].platformId", equalTo(target.platformId()));
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("regulatorsOnWrites")
  void regulatorsChangeNoPlatformsReturn(Actor regulator, Endpoint endpoint) {
    for (TestPlatform platform :
        List.of(TestPlatforms.newPlatform(), TestPlatforms.newPlatform())) {
      Target target = endpoint.prepare(platform);
      Map<String, Object> before = stateOf(target);
      refused(endpoint.call(regulator, target), 403, FORBIDDEN);
      assertThat(stateOf(target)).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "naming the other platform's {0}")
  @EnumSource(
      value = Role.class,
      names = {"OFFICER", "ATTESTOR"})
  void aPlatformsSystemCannotNameAnotherPlatformsPersonAsAttestor(Role named) {
    TestPlatform own = TestPlatforms.newPlatform();
    String clientId = own.apiClient();
    String attestor = named.of(TestPlatforms.newPlatform()).name();
    Target draft = draft(own);
    Map<String, Object> before = stateOf(draft);

    refused(
        asClient(clientId)
            .contentType(ContentType.JSON)
            .body(Map.of("attestation", Map.of("statementAccepted", true, "attestor", attestor)))
            .post("/api/v1/filings/{id}/submissions", draft.filingId())
            .then(),
        403,
        "urn:carefile:problem:attestor-not-recognised");

    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void aSystemNamingTheOtherPlatformsOwnAttestorStillCannotSubmitItsReturn() {
    TestPlatform system = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    Target second = draft(other);
    Map<String, Object> before = stateOf(second);

    refused(
        asClient(system.apiClient())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "attestation", Map.of("statementAccepted", true, "attestor", other.attestor())))
            .post("/api/v1/filings/{id}/submissions", second.filingId())
            .then(),
        404,
        NOT_FOUND);

    assertThat(stateOf(second)).isEqualTo(before);
  }

  @Test
  void anIdempotencyKeyUsedByOnePlatformNeitherReplaysNorBlocksAnother() {
    TestPlatform firstPlatform = TestPlatforms.newPlatform();
    TestPlatform secondPlatform = TestPlatforms.newPlatform();
    Target first = draft(firstPlatform);
    Target second = draft(secondPlatform);
    String key = "shared-" + UUID.randomUUID();

    as(firstPlatform.attestor())
        .header(FilingResource.IDEMPOTENCY_KEY, key)
        .contentType(ContentType.JSON)
        .body(submission())
        .post("/api/v1/filings/{id}/submissions", first.filingId())
        .then()
        .statusCode(201)
        .body("filingId", equalTo(first.filingId()));

    as(secondPlatform.attestor())
        .header(FilingResource.IDEMPOTENCY_KEY, key)
        .contentType(ContentType.JSON)
        .body(submission())
        .post("/api/v1/filings/{id}/submissions", second.filingId())
        .then()
        .statusCode(201)
        .body("filingId", equalTo(second.filingId()))
        .body("version", equalTo(1));
  }

  private static JsonPath refused(ValidatableResponse response, int status, String type) {
    return response
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo(type))
        .body("status", equalTo(status))
        .extract()
        .jsonPath();
  }

  /** What a regulator sees of the target: its obligation, and every filing for it in full. */
  private static Map<String, Object> stateOf(Target target) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put(
        "obligation",
        as("regulator-admin")
            .get("/api/v1/obligations/{id}", target.obligationId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$"));
    state.put(
        "filings",
        as("regulator-admin")
            .queryParam("obligationId", target.obligationId())
            .get("/api/v1/filings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items"));
    return state;
  }

  /** The platform's return of the current quarter, started with a complete, valid draft. */
  private static Target draft(TestPlatform platform) {
    String obligation = csamObligation(platform);
    String filing = start(platform.officer(), obligation, ReturnSamples.csamQuarter());
    return read(platform.platformId(), obligation, filing);
  }

  /** A fresh obligation's return, submitted, amended (items detected 1000 → 1001), resubmitted. */
  private static Target submittedTwice(TestPlatform platform) {
    Target draft = draft(platform);
    submit(platform.attestor(), draft.filingId(), submission()).statusCode(201);
    long version =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .post("/api/v1/filings/{id}/amendment", draft.filingId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("values", Map.of("items_detected_total", 1001), "expectedVersion", version))
        .patch("/api/v1/filings/{id}/draft", draft.filingId())
        .then()
        .statusCode(200);
    submit(platform.attestor(), draft.filingId(), submission()).statusCode(201);
    return read(platform.platformId(), draft.obligationId(), draft.filingId());
  }

  private static Target read(String platformId, String obligationId, String filingId) {
    JsonPath filing =
        as("regulator-admin")
            .get("/api/v1/filings/{id}", filingId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> accessionNumbers = filing.getList("versions.accessionNumber", String.class);
    return new Target(
        platformId,
        obligationId,
        filingId,
        accessionNumbers.isEmpty() ? null : accessionNumbers.getLast(),
        filing.getLong("version"));
  }
}
