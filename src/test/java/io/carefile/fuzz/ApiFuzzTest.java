package io.carefile.fuzz;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.carefile.common.security.Roles;
import io.carefile.fuzz.ApiDocument.Parameter;
import io.carefile.fuzz.ApiDocument.WriteOperation;
import io.carefile.fuzz.Mutations.Request;
import io.carefile.fuzz.Mutations.Valid;
import io.carefile.fuzz.SchemaValues.Field;
import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.PeriodType;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every write operation of the served API document, as every role that may call it, with
 * valid requests and requests with one thing wrong (see {@link Mutations}), and checks what every
 * correct answer has: a 2xx or a 4xx, never a 5xx or no answer; problem+json with a Carefile type
 * on every 4xx; no stack trace or Java class name in any body; nothing changed in the
 * platform-owned tables by a refusal; an intact audit chain; and no 2xx for a request no server may
 * accept. Every failure is collected, and the test fails once with a summary by operation and
 * mutation class, an example of each, and the seed. See docs/fuzzing.md.
 */
@QuarkusTest
class ApiFuzzTest {

  private static final long DEFAULT_SEED = 20_261_201L;
  private static final int DEFAULT_REQUESTS = 5_200;
  private static final ZoneId REGULATOR_ZONE = ZoneId.of("Europe/London");
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final Pattern LEAK =
      Pattern.compile(
          "\\bat (io|java|jdk|org|com|sun|jakarta)\\.|Exception|\\bjava\\.|\\bjavax\\.|\\bjakarta\\."
              + "|org\\.hibernate|com\\.fasterxml|io\\.quarkus|io\\.vertx|org\\.jboss|io\\.carefile\\.");

  @TestHTTPResource URI server;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ApiDocument document;
  private FuzzReport report;

  /** Someone who calls the API: a realm role, a token and the platform they act for. */
  record Caller(
      String label, String role, Supplier<String> token, UUID platform, String attestor) {}

  @Test
  void writeOperationsAnswerEveryRequestWithoutFailingOrChangingAnythingOnRefusal()
      throws Exception {
    long seed = seed();
    int budget = Integer.getInteger("carefile.fuzz.requests", DEFAULT_REQUESTS);
    Random random = new Random(seed);
    report = new FuzzReport(seed, budget);
    document = new ApiDocument(get(null, "/q/openapi?format=json").body());

    TestPlatform filer = TestPlatforms.newPlatform();
    TestPlatform regulated = TestPlatforms.newPlatform();
    for (TestPlatform platform : List.of(filer, regulated)) {
      platform.obligation("CSAM-Q", currentPeriod(PeriodType.QUARTERLY));
      platform.obligation("DOC-ANNUAL", currentPeriod(PeriodType.ANNUAL));
    }
    // A return of the regulated platform in the review queue, for the analysts' operations on it.
    SubmittedReturns.csamQ(regulated);
    String apiClient = filer.apiClient();
    DatabaseState database = new DatabaseState(owner);

    List<WriteOperation> operations = new ArrayList<>(document.writeOperations());
    // Operations on a collection first, so that their records exist when items are fuzzed.
    operations.sort((a, b) -> Boolean.compare(a.path().contains("{"), b.path().contains("{")));
    List<Map.Entry<WriteOperation, Caller>> targets = new ArrayList<>();
    for (WriteOperation operation : operations) {
      for (Caller caller : callers(operation, filer, regulated, apiClient)) {
        targets.add(Map.entry(operation, caller));
      }
    }
    if (targets.isEmpty()) {
      fail("The API document lists no write operation with roles");
    }
    int perTarget = Math.max(1, budget / targets.size());

    JqwikSession.start();
    try {
      checkAuditChain("before fuzzing");
      for (Map.Entry<WriteOperation, Caller> target : targets) {
        fuzz(target.getKey(), target.getValue(), perTarget, random, database);
        checkAuditChain("after " + target.getKey().label() + " as " + target.getValue().label());
      }
    } finally {
      JqwikSession.finish();
    }

    System.out.println(report.table());
    if (report.hasFailures()) {
      fail(report.failures());
    }
  }

  private void fuzz(
      WriteOperation operation, Caller caller, int count, Random random, DatabaseState database) {
    Mutations mutations = new Mutations(random);
    Map<String, String> before = database.snapshot();
    Valid valid = null;
    for (int i = 0; i < count; i++) {
      if (valid == null) {
        valid = validRequest(operation, caller, random);
      }
      Request request = mutations.next(valid, i);
      HttpResponse<String> response;
      try {
        response = send(request, caller);
      } catch (IllegalArgumentException unsendable) {
        report.skipped(operation.label());
        continue;
      } catch (IOException | InterruptedException noAnswer) {
        report.count(operation.label(), caller, 0);
        report.failure(
            operation.label(), request, caller, "no answer", 0, String.valueOf(noAnswer));
        before = database.snapshot();
        valid = null;
        continue;
      }
      int status = response.statusCode();
      report.count(operation.label(), caller, status);
      check(operation, caller, request, response);
      Map<String, String> after = database.snapshot();
      if (status >= 400 && status < 500) {
        List<String> changed = DatabaseState.differences(before, after);
        if (!changed.isEmpty()) {
          report.failure(
              operation.label(),
              request,
              caller,
              "refused (" + status + ") yet changed " + String.join(", ", changed),
              status,
              response.body());
        }
      } else {
        // Something may have changed: read the records (ids, versions) afresh.
        valid = null;
      }
      before = after;
    }
  }

  private void check(
      WriteOperation operation, Caller caller, Request request, HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body() == null ? "" : response.body();
    String where = operation.label();
    if (status >= 500) {
      report.failure(where, request, caller, "server error " + status, status, body);
    } else if (status < 200 || (status >= 300 && status < 400)) {
      report.failure(where, request, caller, "unexpected status " + status, status, body);
    }
    if (status >= 400 && status < 500) {
      String type = response.headers().firstValue("Content-Type").orElse("(none)");
      if (!type.startsWith("application/problem+json")) {
        report.failure(
            where,
            request,
            caller,
            status + " answered as " + type + ", not problem+json",
            status,
            body);
      } else {
        try {
          String problemType = MAPPER.readTree(body).path("type").asText("");
          if (!problemType.startsWith("urn:carefile:problem:")) {
            report.failure(
                where,
                request,
                caller,
                status + " with problem type '" + problemType + "'",
                status,
                body);
          }
        } catch (IOException notJson) {
          report.failure(
              where, request, caller, status + " with a body that is not JSON", status, body);
        }
      }
    }
    if (LEAK.matcher(body).find()) {
      report.failure(where, request, caller, status + " body names Java internals", status, body);
    }
    if (request.mustRefuse() && status >= 200 && status < 300) {
      report.failure(
          where,
          request,
          caller,
          "accepted (" + status + ") a request no server may accept",
          status,
          body);
    }
  }

  private void checkAuditChain(String when) {
    HttpResponse<String> verification =
        get(() -> Tokens.user("regulator-admin"), "/api/v1/audit/verify");
    JsonNode result = json(verification.body());
    if (verification.statusCode() != 200 || !result.path("intact").asBoolean(false)) {
      report.chainBroken(when, verification.statusCode() + " " + verification.body());
    }
  }

  // ---- the valid request -------------------------------------------------------------------

  /** The operation's valid request for the caller, built from the schema and real records. */
  private Valid validRequest(WriteOperation operation, Caller caller, Random random) {
    Map<String, String> pathValues = new LinkedHashMap<>();
    String path = operation.path();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.in().equals("path")) {
        String collection = path.substring(0, path.indexOf("/{" + parameter.name() + "}"));
        String id =
            ownedIds(collection, caller).stream()
                .skip(ownedIdsSkip(random, collection, caller))
                .findFirst()
                .orElse(UUID.randomUUID().toString());
        pathValues.put(parameter.name(), id);
        path = path.replace("{" + parameter.name() + "}", id);
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.in().equals("header")) {
        headers.put(parameter.name(), "fuzz-" + Long.toHexString(random.nextLong()));
      }
    }
    // The record the path names (its version is the one to expect).
    JsonNode record = MissingNode.getInstance();
    int firstParameter = operation.path().indexOf('{');
    if (firstParameter > 0) {
      int end = operation.path().indexOf('}', firstParameter) + 1;
      String recordTemplate = operation.path().substring(0, end);
      String recordPath = recordTemplate;
      for (Map.Entry<String, String> value : pathValues.entrySet()) {
        recordPath = recordPath.replace("{" + value.getKey() + "}", value.getValue());
      }
      record = recordAt(recordTemplate, recordPath, caller);
    }
    if (!operation.readsBody()) {
      return new Valid(operation.method(), path, pathValues, headers, null, null, List.of(), false);
    }
    List<String> mediaTypes = new ArrayList<>(operation.bodies().keySet());
    String mediaType = mediaTypes.get(random.nextInt(mediaTypes.size()));
    JsonNode schema = operation.bodies().get(mediaType);
    if (!document.resolve(schema).path("type").asText("object").equals("object")) {
      // A text body (a YAML document): fuzz its JSON form, which YAML reads too.
      schema =
          operation.bodies().values().stream()
              .filter(s -> document.resolve(s).has("properties"))
              .findFirst()
              .orElse(schema);
    }
    RequestHints hints = new RequestHints(caller, record, random);
    SchemaValues values = new SchemaValues(document, random, hints);
    JsonNode body;
    List<Field> fields;
    Optional<JsonNode> whole = hints.wholeBody(document.resolve(schema));
    if (whole.isPresent()) {
      body = whole.get();
      fields = values.fieldsOf(body, schema);
    } else {
      body = values.valid(schema);
      fields = values.fields();
    }
    return new Valid(operation.method(), path, pathValues, headers, mediaType, body, fields, true);
  }

  private long ownedIdsSkip(Random random, String collection, Caller caller) {
    int size = ownedIds(collection, caller).size();
    return size == 0 ? 0 : random.nextInt(size);
  }

  private final Map<String, List<String>> ownedIdCache = new LinkedHashMap<>();

  /** Ids of the collection's records that belong to the caller's platform. */
  private List<String> ownedIds(String collection, Caller caller) {
    return ownedIdCache.computeIfAbsent(
        collection + " " + caller.label() + " " + report.total(),
        key -> {
          List<String> ids = new ArrayList<>();
          for (JsonNode item : ownedRecords(collection, caller)) {
            // A review is named by its filing's id.
            ids.add(item.has("id") ? item.path("id").asText() : item.path("filingId").asText());
          }
          return ids;
        });
  }

  private List<JsonNode> ownedRecords(String collection, Caller caller) {
    if (!document.hasGet(collection)) {
      return List.of();
    }
    StringBuilder query = new StringBuilder(collection);
    List<String> parameters = new ArrayList<>();
    if (document.getDeclares(collection, "size")) {
      parameters.add("size=200");
    }
    if (document.getDeclares(collection, "platformId") && caller.role().startsWith("regulator")) {
      parameters.add("platformId=" + caller.platform());
    }
    if (!parameters.isEmpty()) {
      query.append('?').append(String.join("&", parameters));
    }
    HttpResponse<String> response = get(caller.token(), query.toString());
    List<JsonNode> owned = new ArrayList<>();
    JsonNode listed = json(response.body());
    JsonNode items = listed.has("items") ? listed.path("items") : listed;
    for (JsonNode item : items) {
      String platform = caller.platform().toString();
      if (item.path("id").asText().equals(platform)
          || item.path("platformId").asText().equals(platform)) {
        owned.add(item);
      }
    }
    return owned;
  }

  private JsonNode recordAt(String templatePath, String path, Caller caller) {
    if (!document.hasGet(templatePath)) {
      return MissingNode.getInstance();
    }
    HttpResponse<String> response = get(caller.token(), path);
    return response.statusCode() == 200 ? json(response.body()) : MissingNode.getInstance();
  }

  /**
   * What a schema cannot know, by property name: a real id of the caller's own records for a {@code
   * …Id}, the version just read for {@code expectedVersion}, the caller's platform attestor, the
   * demo analyst for an {@code assignee}, plausible return values for the record's template, and a
   * template document under a code of its own (so a published fuzz template touches no other test's
   * template). Any other property of any new operation is generated from its schema alone.
   */
  private final class RequestHints implements SchemaValues.Hints {

    private final Caller caller;
    private final JsonNode record;
    private final Random random;
    private JsonNode referenced = MissingNode.getInstance();

    RequestHints(Caller caller, JsonNode record, Random random) {
      this.caller = caller;
      this.record = record;
      this.random = random;
    }

    @Override
    public Optional<JsonNode> value(String property, JsonNode schema) {
      if (property.equals("expectedVersion") && record.has("version")) {
        return Optional.of(record.path("version"));
      }
      if (property.endsWith("Id") && "uuid".equals(schema.path("format").asText())) {
        String collection =
            "/api/v1/"
                + property.substring(0, property.length() - 2).toLowerCase(Locale.ROOT)
                + "s";
        List<JsonNode> owned = ownedRecords(collection, caller);
        if (!owned.isEmpty()) {
          referenced = owned.get(random.nextInt(owned.size()));
          return Optional.of(referenced.path("id"));
        }
      }
      if (property.toLowerCase(Locale.ROOT).endsWith("email")) {
        // An e-mail becomes an account: a new one each time, or onboarding stops at "taken".
        return Optional.of(
            MAPPER
                .getNodeFactory()
                .textNode("fuzz-" + Long.toHexString(random.nextLong()) + "@platform.example"));
      }
      if (property.equals("assignee") && schema.path("type").asText().equals("string")) {
        return Optional.of(MAPPER.getNodeFactory().textNode(Roles.REGULATOR_ANALYST));
      }
      if (property.equals("attestor") && schema.path("type").asText().equals("string")) {
        return caller.attestor() == null
            ? Optional.of(MissingNode.getInstance())
            : Optional.of(MAPPER.getNodeFactory().textNode(caller.attestor()));
      }
      if (property.equals("values") && schema.has("additionalProperties")) {
        String template =
            record.path("templateCode").asText(referenced.path("templateCode").asText(""));
        Map<String, Object> sample =
            switch (template) {
              case "CSAM-Q" -> ReturnSamples.csamQuarter();
              case "DOC-ANNUAL" -> ReturnSamples.dutyOfCareYear();
              default -> Map.of();
            };
        return Optional.of(MAPPER.valueToTree(sample));
      }
      return Optional.empty();
    }

    /** A template document: a published one under a fresh code. */
    Optional<JsonNode> wholeBody(JsonNode schema) {
      if (!"TemplateDefinition".equals(schema.path("x-schema-name").asText())) {
        return Optional.empty();
      }
      HttpResponse<String> published = get(caller.token(), "/api/v1/templates/CSAM-Q/versions/1");
      JsonNode definition = json(published.body()).path("definition");
      if (!(definition instanceof ObjectNode object)) {
        return Optional.empty();
      }
      ObjectNode copy = object.deepCopy();
      copy.put(
          "code", "FZ-" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT));
      copy.put("version", 1);
      return Optional.of(copy);
    }
  }

  // ---- callers -----------------------------------------------------------------------------

  /** Every caller that holds a role the operation allows (derived sets expanded to realm roles). */
  private List<Caller> callers(
      WriteOperation operation, TestPlatform filer, TestPlatform regulated, String apiClient) {
    List<String> realmRoles = new ArrayList<>();
    for (String role : operation.roles()) {
      Set<String> expanded =
          switch (role) {
            case Roles.PLATFORM_USER -> Roles.PLATFORM_ROLES;
            case Roles.REGULATOR -> Roles.REGULATOR_ROLES;
            case Roles.ANY_ROLE, "**" -> Roles.ALL;
            default -> Set.of(role);
          };
      expanded.stream().sorted().filter(r -> !realmRoles.contains(r)).forEach(realmRoles::add);
    }
    List<Caller> callers = new ArrayList<>();
    for (String role : realmRoles) {
      switch (role) {
        case Roles.PLATFORM_OFFICER -> {
          callers.add(
              new Caller("officer", role, () -> Tokens.user(filer.officer()), filer.id(), null));
          callers.add(
              new Caller(
                  "api client",
                  role,
                  () -> Tokens.serviceAccount(apiClient),
                  filer.id(),
                  filer.attestor()));
        }
        case Roles.PLATFORM_ATTESTOR ->
            callers.add(
                new Caller(
                    "attestor",
                    role,
                    () -> Tokens.user(filer.attestor()),
                    filer.id(),
                    filer.attestor()));
        default ->
            callers.add(new Caller(role, role, () -> Tokens.user(role), regulated.id(), null));
      }
    }
    return callers;
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private HttpResponse<String> send(Request request, Caller caller)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + request.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", Tokens.bearer(caller.token().get()))
            .header("Accept", "application/json, application/problem+json");
    request.headers().forEach(builder::header);
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(Supplier<String> token, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      builder.header("Authorization", Tokens.bearer(token.get()));
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private String base() {
    String uri = server.toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text == null || text.isEmpty() ? "null" : text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static LocalDate currentPeriod(PeriodType type) {
    return ReportingPeriod.containing(type, LocalDate.now(REGULATOR_ZONE)).start();
  }

  private static long seed() {
    String seed = System.getProperty("carefile.fuzz.seed", String.valueOf(DEFAULT_SEED));
    return seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed);
  }
}
