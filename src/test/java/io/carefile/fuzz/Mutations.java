package io.carefile.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.carefile.fuzz.SchemaValues.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * The requests the fuzzer sends for one operation: its valid request, or that request with one
 * thing wrong — a field of the wrong type, a boundary or huge number, a hostile string, a missing
 * or duplicate key, deep nesting, an unknown property, trailing garbage, bytes that are not JSON or
 * not UTF-8, a wrong or absent content type, a bad path parameter or header. Drawn with jqwik's
 * generators from the caller's seeded {@link Random}.
 */
final class Mutations {

  /** A request ready to send. {@code mustRefuse}: no correct server may accept it (2xx). */
  record Request(
      String method,
      String path,
      Map<String, String> headers,
      String contentType,
      byte[] body,
      String mutation,
      String detail,
      boolean mustRefuse) {

    String bodyExcerpt() {
      if (body == null) {
        return "(no body)";
      }
      String text = new String(body, StandardCharsets.UTF_8);
      return excerpt(text, 300);
    }
  }

  /** The valid request of an operation, as the fuzzer built it. */
  record Valid(
      String method,
      String path,
      Map<String, String> pathValues,
      Map<String, String> headers,
      String contentType,
      JsonNode body,
      List<Field> fields,
      boolean readsBody) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SENTINEL = "\u0001fuzz-sentinel\u0001";
  private static final int DEEP = 10_000;

  static final String HUNDRED_KB = "x".repeat(100_000);
  static final String TEN_TO_400 = "1" + "0".repeat(400);

  /** Kinds of mutation, weighted by how much they find. */
  private static final Arbitrary<String> KINDS =
      Arbitraries.frequency(
          Tuple.of(4, "valid"),
          Tuple.of(8, "wrong-type"),
          Tuple.of(6, "huge-number"),
          Tuple.of(6, "boundary-number"),
          Tuple.of(10, "hostile-string"),
          Tuple.of(5, "string-for-number"),
          Tuple.of(4, "number-for-enum"),
          Tuple.of(5, "missing-key"),
          Tuple.of(3, "null-value"),
          Tuple.of(6, "duplicate-key"),
          Tuple.of(3, "deep-nesting"),
          Tuple.of(4, "unknown-property"),
          Tuple.of(5, "trailing-garbage"),
          Tuple.of(5, "malformed-body"),
          Tuple.of(5, "content-type"),
          Tuple.of(4, "path-parameter"),
          Tuple.of(3, "header"));

  private static final Arbitrary<String> HOSTILE_STRINGS =
      Arbitraries.oneOf(
          Arbitraries.of(
              "\u0000",
              "a\u0000b",
              "\ud800",
              "x\udfffy",
              "\u202eevil\u202c",
              "\u200b",
              "\ufeff",
              "\ufeffGB",
              " ",
              "",
              "\t\n\r",
              HUNDRED_KB,
              "\u00e9".repeat(50_000),
              "\ud83d\udca9".repeat(10_000),
              "${jndi:ldap://127.0.0.1/a}",
              "' or '1'='1",
              "<script>alert(1)</script>",
              "%00",
              "../../../etc/passwd",
              "\\u0000",
              "NaN",
              "null"),
          Arbitraries.strings()
              .withChars("\u0000\ud800\udc00\u202e\u200b\ufeff\u0007\"\\é ab")
              .ofMinLength(1)
              .ofMaxLength(40));

  private static final Arbitrary<String> HUGE_NUMBERS =
      Arbitraries.of(
          "1e400",
          "-1e400",
          "1E+400",
          "1e-400",
          TEN_TO_400,
          "-" + TEN_TO_400,
          "0." + "0".repeat(400) + "1",
          TEN_TO_400 + ".5",
          "1e2147483648",
          "9".repeat(1000));

  private static final Arbitrary<String> BOUNDARY_NUMBERS =
      Arbitraries.of(
          "-0",
          "-0.0",
          "0.9",
          "100000000000",
          "-1",
          "0",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "1.5e10",
          "0.001",
          "1e3");

  private static final Arbitrary<String> WRONG_TYPES =
      Arbitraries.of("\"text\"", "12", "true", "false", "{}", "[]", "[1,2]", "{\"a\":1}", "1.5");

  private static final Arbitrary<String> GARBAGE =
      Arbitraries.of("x", "}", "]", "{}", ",", " 1", "\u0000", "//", "\"", " {\"a\":1}", "null");

  private static final Arbitrary<String> CONTENT_TYPES =
      Arbitraries.of(
          "(absent)",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=fuzz",
          "application/octet-stream",
          "application/jsonx",
          "application/json; charset=UTF-16",
          "application/json; charset=nonsense",
          "*/*",
          "application/",
          ";;;");

  private static final Arbitrary<String> PATH_VALUES =
      Arbitraries.of(
          "(random uuid)",
          "not-a-uuid",
          "0",
          TEN_TO_400,
          "%00",
          "%F0%9F%92%A9",
          "a%2Fb",
          "%2e%2e",
          "x".repeat(5000),
          "00000000-0000-0000-0000-000000000000",
          "6F1C2A8E-4B1D-4C55-9A0E-0D5A1B7C9E01",
          "%ED%A0%80");

  private static final Arbitrary<String> HEADER_VALUES =
      Arbitraries.of(
          "",
          " ",
          "k".repeat(256),
          "k".repeat(10_000),
          "key with spaces",
          "cl\u00e9",
          "\u00ff\u00fe",
          "\t",
          "fuzz-" + "ok",
          "%00",
          "a,b");

  private static final Arbitrary<String> MALFORMED =
      Arbitraries.of(
          "(empty)",
          "(truncated)",
          "{",
          "nul",
          "{'a': 1}",
          "(invalid utf-8)",
          "(raw lone surrogate)",
          "(raw NUL in string)",
          "(bom)",
          "(deep root)",
          "[]",
          "\"text\"",
          "123",
          "(utf-16)",
          "{\"a\" 1}",
          "{\"a\":1,}",
          "/* c */ {}");

  private final Random random;

  Mutations(Random random) {
    this.random = random;
  }

  private <T> T draw(Arbitrary<T> arbitrary) {
    RandomGenerator<T> generator = arbitrary.generator(100);
    return generator.next(random).value();
  }

  /** The next request for the operation: {@code fieldTurn} picks the field, round-robin. */
  Request next(Valid valid, int fieldTurn) {
    String kind = draw(KINDS);
    if (!valid.readsBody() && isBodyField(kind)) {
      kind = random.nextBoolean() ? "content-type" : "malformed-body";
    }
    if (kind.equals("path-parameter") && valid.pathValues().isEmpty()) {
      kind = "trailing-garbage";
    }
    if (kind.equals("header") && valid.headers().isEmpty()) {
      kind = "unknown-property";
    }
    if (!valid.readsBody() && kind.equals("trailing-garbage")) {
      kind = "content-type";
    }
    List<Field> fields = valid.fields();
    Field field = fields.isEmpty() ? null : fields.get(Math.floorMod(fieldTurn, fields.size()));
    return switch (kind) {
      case "valid" -> request(valid, kind, "the valid request", text(valid.body()), false);
      case "wrong-type" -> {
        String raw = draw(WRONG_TYPES);
        yield replace(valid, field, kind, raw, isWrongType(field, raw));
      }
      case "huge-number" ->
          replace(
              valid, field, kind, draw(HUGE_NUMBERS), isTyped(field) && isNumeric(field.schema()));
      case "boundary-number" -> replace(valid, field, kind, draw(BOUNDARY_NUMBERS), false);
      case "hostile-string" -> {
        String hostile = draw(HOSTILE_STRINGS);
        yield replace(valid, field, kind, jsonString(hostile), false);
      }
      case "string-for-number" -> {
        String raw = random.nextBoolean() ? "\"12\"" : "\"twelve\"";
        boolean numeric = field != null && isNumeric(field.schema());
        yield replace(valid, field, kind, raw, numeric && raw.equals("\"twelve\""));
      }
      case "number-for-enum" -> {
        Field enumField = firstWhere(fields, fieldTurn, f -> f.schema().has("enum"));
        yield replace(
            valid,
            enumField == null ? field : enumField,
            kind,
            String.valueOf(random.nextInt(3)),
            enumField != null);
      }
      case "missing-key" -> missing(valid, field);
      case "null-value" ->
          replace(
              valid,
              field,
              kind,
              "null",
              field != null && field.required() && !field.path().isEmpty());
      case "duplicate-key" -> duplicate(valid, field);
      case "deep-nesting" -> {
        String deep =
            random.nextBoolean()
                ? "[".repeat(DEEP) + "]".repeat(DEEP)
                : "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
        yield replace(valid, field, kind, deep, isTyped(field) && !isFreeForm(field));
      }
      case "unknown-property" -> unknown(valid, field);
      case "trailing-garbage" -> {
        String garbage = draw(GARBAGE);
        yield request(
            valid,
            kind,
            "the valid body followed by " + quoted(garbage),
            text(valid.body()) + garbage,
            true);
      }
      case "malformed-body" -> malformed(valid, draw(MALFORMED));
      case "content-type" -> contentType(valid, draw(CONTENT_TYPES));
      case "path-parameter" -> pathParameter(valid, draw(PATH_VALUES));
      case "header" -> header(valid, draw(HEADER_VALUES));
      default -> throw new IllegalStateException(kind);
    };
  }

  private static boolean isBodyField(String kind) {
    return switch (kind) {
      case "valid", "path-parameter", "header", "content-type", "malformed-body" -> false;
      default -> true;
    };
  }

  private Request replace(Valid valid, Field field, String kind, String raw, boolean mustRefuse) {
    List<Object> path = field == null ? List.of() : field.path();
    String name = field == null ? "$" : field.name();
    return request(
        valid, kind, name + " = " + excerpt(raw, 60), render(valid.body(), path, raw), mustRefuse);
  }

  private Request missing(Valid valid, Field field) {
    if (field == null || field.path().isEmpty()) {
      return request(valid, "missing-key", "no body at all", null, valid.readsBody());
    }
    JsonNode copy = valid.body().deepCopy();
    JsonNode parent = navigate(copy, field.path().subList(0, field.path().size() - 1));
    Object last = field.path().getLast();
    if (parent instanceof ObjectNode object) {
      object.remove((String) last);
    } else if (parent instanceof ArrayNode array) {
      array.remove((Integer) last);
    }
    boolean mustRefuse =
        field.required()
            && parent instanceof ObjectNode
            && !(last instanceof Integer)
            && field.path().size() >= 1;
    return request(valid, "missing-key", "without " + field.name(), text(copy), mustRefuse);
  }

  private Request duplicate(Valid valid, Field field) {
    // The key of an object member: the field itself, or (for the root or an array item) the
    // first member of the body.
    List<Object> path = field == null ? List.of() : field.path();
    while (!path.isEmpty() && path.getLast() instanceof Integer) {
      path = path.subList(0, path.size() - 1);
    }
    if (path.isEmpty()) {
      if (!(valid.body() instanceof ObjectNode object) || object.isEmpty()) {
        return request(valid, "duplicate-key", "{\"a\":1,\"a\":2}", "{\"a\":1,\"a\":2}", true);
      }
      path = List.of(object.fieldNames().next());
    }
    JsonNode original = navigate(valid.body(), path);
    String key = (String) path.getLast();
    String other = random.nextBoolean() ? text(original) : draw(WRONG_TYPES);
    String raw = text(original) + "," + jsonString(key) + ":" + other;
    return request(
        valid,
        "duplicate-key",
        "key " + key + " twice (second " + excerpt(other, 40) + ")",
        render(valid.body(), path, raw),
        true);
  }

  private Request unknown(Valid valid, Field field) {
    JsonNode copy = valid.body() == null ? MAPPER.createObjectNode() : valid.body().deepCopy();
    List<Object> path = field == null ? List.of() : field.path();
    JsonNode target = navigate(copy, path);
    while (!(target instanceof ObjectNode) && !path.isEmpty()) {
      path = path.subList(0, path.size() - 1);
      target = navigate(copy, path);
    }
    String name = random.nextBoolean() ? "fuzzUnknown" : "__proto__";
    if (target instanceof ObjectNode object) {
      object.put(name, "surprise");
    }
    String where = new Field(path, null, false).name();
    return request(valid, "unknown-property", where + "." + name, text(copy), false);
  }

  private Request malformed(Valid valid, String choice) {
    String body = text(valid.body() == null ? MAPPER.createObjectNode() : valid.body());
    byte[] bytes =
        switch (choice) {
          case "(empty)" -> new byte[0];
          case "(truncated)" ->
              body.substring(0, Math.max(1, body.length() / 2)).getBytes(StandardCharsets.UTF_8);
          case "(invalid utf-8)" ->
              concat(body, "\"\u0001\"", new byte[] {'"', (byte) 0xC3, 0x28, '"'});
          case "(raw lone surrogate)" ->
              concat(
                  body, "\"\u0001\"", new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'});
          case "(raw NUL in string)" ->
              concat(body, "\"\u0001\"", new byte[] {'"', 'a', 0, 'b', '"'});
          case "(bom)" -> ("\ufeff" + body).getBytes(StandardCharsets.UTF_8);
          case "(deep root)" ->
              ("[".repeat(DEEP) + "]".repeat(DEEP)).getBytes(StandardCharsets.UTF_8);
          case "(utf-16)" -> body.getBytes(StandardCharsets.UTF_16);
          default -> choice.getBytes(StandardCharsets.UTF_8);
        };
    boolean mustRefuse = valid.readsBody() && !choice.equals("(bom)") && !choice.equals("(utf-16)");
    if (choice.startsWith("(invalid") || choice.startsWith("(raw")) {
      // Those bytes went in place of the first string member; a body without one stays valid.
      mustRefuse = mustRefuse && !Arrays.equals(bytes, body.getBytes(StandardCharsets.UTF_8));
    }
    return new Request(
        valid.method(),
        valid.path(),
        valid.headers(),
        valid.readsBody() ? valid.contentType() : "application/json",
        bytes,
        "malformed-body",
        choice.startsWith("(") ? choice : "body " + quoted(choice),
        mustRefuse);
  }

  /** The body with its first string value replaced by raw bytes. */
  private static byte[] concat(String body, String unused, byte[] raw) {
    int start = body.indexOf(":\"");
    if (start < 0) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    int end = start + 2;
    while (end < body.length() && body.charAt(end) != '"') {
      end += body.charAt(end) == '\\' ? 2 : 1;
    }
    byte[] head = body.substring(0, start + 1).getBytes(StandardCharsets.UTF_8);
    byte[] tail = body.substring(end + 1).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + raw.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(raw, 0, out, head.length, raw.length);
    System.arraycopy(tail, 0, out, head.length + raw.length, tail.length);
    return out;
  }

  private Request contentType(Valid valid, String contentType) {
    String type = contentType.equals("(absent)") ? null : contentType;
    boolean charsetOnly = contentType.startsWith("application/json;");
    return new Request(
        valid.method(),
        valid.path(),
        valid.headers(),
        type,
        valid.readsBody() ? text(valid.body()).getBytes(StandardCharsets.UTF_8) : null,
        "content-type",
        "Content-Type " + contentType,
        // A body without a Content-Type is refused (415); */* may be read as the one declared.
        valid.readsBody() && !charsetOnly && !contentType.equals("*/*"));
  }

  private Request pathParameter(Valid valid, String value) {
    String name = valid.pathValues().keySet().iterator().next();
    String replacement = value.equals("(random uuid)") ? UUID.randomUUID().toString() : value;
    String path = valid.path().replace(valid.pathValues().get(name), replacement);
    boolean mustRefuse = !value.startsWith("6F1C2A8E"); // the demo platform's id, in capitals
    return new Request(
        valid.method(),
        path,
        valid.headers(),
        valid.contentType(),
        valid.readsBody() ? text(valid.body()).getBytes(StandardCharsets.UTF_8) : null,
        "path-parameter",
        "{" + name + "} = " + excerpt(value, 60),
        mustRefuse && !value.equals("6F1C2A8E-4B1D-4C55-9A0E-0D5A1B7C9E01"));
  }

  private Request header(Valid valid, String value) {
    Map<String, String> headers = new LinkedHashMap<>(valid.headers());
    String name = headers.keySet().iterator().next();
    headers.put(name, value);
    return new Request(
        valid.method(),
        valid.path(),
        headers,
        valid.contentType(),
        valid.readsBody() ? text(valid.body()).getBytes(StandardCharsets.UTF_8) : null,
        "header",
        name + ": " + excerpt(value, 40),
        false);
  }

  private static Request request(
      Valid valid, String kind, String detail, String body, boolean mustRefuse) {
    return new Request(
        valid.method(),
        valid.path(),
        valid.headers(),
        valid.readsBody() ? valid.contentType() : null,
        body == null || !valid.readsBody() ? null : body.getBytes(StandardCharsets.UTF_8),
        kind,
        detail,
        mustRefuse && valid.readsBody());
  }

  private static Field firstWhere(
      List<Field> fields, int from, java.util.function.Predicate<Field> wanted) {
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(Math.floorMod(from + i, fields.size()));
      if (wanted.test(field)) {
        return field;
      }
    }
    return null;
  }

  private static boolean isNumeric(JsonNode schema) {
    String type = schema == null ? "" : schema.path("type").asText("");
    return type.equals("integer") || type.equals("number");
  }

  private static boolean isFreeForm(Field field) {
    return field == null
        || field.schema() == null
        || "JsonNode".equals(field.schema().path("x-schema-name").asText())
        || field.schema().path("type").asText("").isEmpty();
  }

  /** A field whose schema says what it is (not free-form JSON such as a return's values). */
  private static boolean isTyped(Field field) {
    if (isFreeForm(field)) {
      return false;
    }
    String type = field.schema().path("type").asText("");
    return !type.equals("object") || !field.schema().has("additionalProperties");
  }

  /** An object or array for a scalar, or a scalar for an object or array: never readable. */
  private static boolean isWrongType(Field field, String raw) {
    if (!isTyped(field)) {
      return false;
    }
    String type = field.schema().path("type").asText("");
    boolean rawIsContainer = raw.startsWith("{") || raw.startsWith("[");
    boolean wantsContainer = type.equals("object") || type.equals("array");
    if (field.schema().has("enum") && raw.startsWith("\"")) {
      return true; // "text" is no value of any enum of the API
    }
    return rawIsContainer != wantsContainer;
  }

  static JsonNode navigate(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  /** The body's text with the value at {@code path} replaced by raw JSON text. */
  static String render(JsonNode body, List<Object> path, String raw) {
    if (path.isEmpty() || body == null) {
      return raw;
    }
    JsonNode copy = body.deepCopy();
    JsonNode parent = navigate(copy, path.subList(0, path.size() - 1));
    Object last = path.getLast();
    if (parent instanceof ObjectNode object) {
      object.set((String) last, TextNode.valueOf(SENTINEL));
    } else if (parent instanceof ArrayNode array) {
      array.set((Integer) last, TextNode.valueOf(SENTINEL));
    }
    return text(copy).replace(text(TextNode.valueOf(SENTINEL)), raw);
  }

  static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string literal that escapes controls and every surrogate, so a lone one stays lone. */
  static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static String quoted(String value) {
    return jsonString(excerpt(value, 40));
  }

  static String excerpt(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (out.length() >= max) {
        return out + "…(" + text.length() + " chars)";
      }
      out.append(
          c < 0x20 || Character.isSurrogate(c) || (c >= 0x200b && c <= 0x202e) || c == 0xfeff
              ? String.format("\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return out.toString();
  }

  static List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    for (String kind :
        List.of(
            "valid",
            "wrong-type",
            "huge-number",
            "boundary-number",
            "hostile-string",
            "string-for-number",
            "number-for-enum",
            "missing-key",
            "null-value",
            "duplicate-key",
            "deep-nesting",
            "unknown-property",
            "trailing-garbage",
            "malformed-body",
            "content-type",
            "path-parameter",
            "header")) {
      kinds.add(kind);
    }
    return kinds;
  }
}
