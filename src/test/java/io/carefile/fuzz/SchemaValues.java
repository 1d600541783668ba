package io.carefile.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A valid value for a schema: its example, an enum value, a value of its format or pattern within
 * its bounds; objects with every required property and most optional ones. Real data the schema
 * cannot know (an id of the caller's obligation, the version just read) comes from {@link Hints},
 * asked first for each property by name. Also records the schema of every path of the value, so
 * that mutations know what each field is.
 */
final class SchemaValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Domain knowledge a schema lacks: answers a value for a property, or empty to generate one. */
  interface Hints {
    Optional<JsonNode> value(String property, JsonNode schema);
  }

  /** A field of a generated body: where it is, its schema, and whether its object requires it. */
  record Field(List<Object> path, JsonNode schema, boolean required) {
    String name() {
      StringBuilder name = new StringBuilder("$");
      for (Object step : path) {
        name.append(step instanceof Integer index ? "[" + index + "]" : "." + step);
      }
      return name.toString();
    }
  }

  private final ApiDocument document;
  private final Random random;
  private final Hints hints;
  private final List<Field> fields = new ArrayList<>();

  SchemaValues(ApiDocument document, Random random, Hints hints) {
    this.document = document;
    this.random = random;
    this.hints = hints;
  }

  /** The fields of the last value generated, root first. */
  List<Field> fields() {
    return List.copyOf(fields);
  }

  JsonNode valid(JsonNode schema) {
    fields.clear();
    return value(document.resolve(schema), new ArrayList<>(), true, 0);
  }

  /**
   * Records the fields of a value made elsewhere (a hint), following its schema where it has one.
   */
  void walk(JsonNode value, JsonNode schema, List<Object> path, boolean required) {
    JsonNode resolved = document.resolve(schema);
    fields.add(new Field(List.copyOf(path), resolved, required));
    Set<String> requiredNames = new HashSet<>();
    resolved.path("required").forEach(name -> requiredNames.add(name.asText()));
    if (value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              member -> {
                List<Object> memberPath = new ArrayList<>(path);
                memberPath.add(member.getKey());
                JsonNode memberSchema =
                    resolved.path("properties").has(member.getKey())
                        ? resolved.path("properties").path(member.getKey())
                        : resolved.path("additionalProperties");
                walk(
                    member.getValue(),
                    memberSchema,
                    memberPath,
                    requiredNames.contains(member.getKey()));
              });
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        List<Object> itemPath = new ArrayList<>(path);
        itemPath.add(i);
        walk(value.get(i), resolved.path("items"), itemPath, true);
      }
    }
  }

  /** The fields of a whole body made elsewhere. */
  List<Field> fieldsOf(JsonNode value, JsonNode schema) {
    fields.clear();
    walk(value, schema, new ArrayList<>(), true);
    return fields();
  }

  private JsonNode value(JsonNode schema, List<Object> path, boolean required, int depth) {
    fields.add(new Field(List.copyOf(path), schema, required));
    if (depth > 8) {
      return JSON.nullNode();
    }
    if (schema.has("enum")) {
      JsonNode values = schema.path("enum");
      return values.get(random.nextInt(values.size())).deepCopy();
    }
    String type = schema.path("type").asText("");
    if (type.isEmpty() && schema.has("properties")) {
      type = "object";
    }
    return switch (type) {
      case "object" -> object(schema, path, depth);
      case "array" -> array(schema, path, depth);
      case "integer" -> JSON.numberNode(integer(schema));
      case "number" -> JSON.numberNode(number(schema));
      case "boolean" -> JSON.booleanNode(true);
      case "string" -> JSON.textNode(string(schema));
      default -> JSON.objectNode();
    };
  }

  private JsonNode object(JsonNode schema, List<Object> path, int depth) {
    ObjectNode object = JSON.objectNode();
    if ("JsonNode".equals(schema.path("x-schema-name").asText())) {
      // Any JSON at all: the API reads it by the template's field types.
      return object;
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
    for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
      boolean isRequired = required.contains(property.getKey());
      JsonNode propertySchema = document.resolve(property.getValue());
      Optional<JsonNode> hinted = hints.value(property.getKey(), propertySchema);
      if (hinted.isPresent() && hinted.get().isMissingNode()) {
        continue; // the hint says: leave it out
      }
      if (!isRequired && hinted.isEmpty() && random.nextInt(4) == 0) {
        continue;
      }
      List<Object> propertyPath = new ArrayList<>(path);
      propertyPath.add(property.getKey());
      if (hinted.isPresent()) {
        walk(hinted.get(), propertySchema, propertyPath, isRequired);
        object.set(property.getKey(), hinted.get().deepCopy());
      } else {
        object.set(property.getKey(), value(propertySchema, propertyPath, isRequired, depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, List<Object> path, int depth) {
    ArrayNode array = JSON.arrayNode();
    int min = schema.path("minItems").asInt(0);
    int size = Math.max(min, 1);
    JsonNode items = document.resolve(schema.path("items"));
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < size + 2 && array.size() < size; i++) {
      List<Object> itemPath = new ArrayList<>(path);
      itemPath.add(array.size());
      JsonNode item = value(items, itemPath, true, depth + 1);
      if (!schema.path("uniqueItems").asBoolean(false) || seen.add(item)) {
        array.add(item);
      }
    }
    return array;
  }

  private long integer(JsonNode schema) {
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0).asLong();
    }
    long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
    long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 100;
    return min + (long) random.nextInt((int) Math.min(max - min + 1, 1000));
  }

  private BigDecimal number(JsonNode schema) {
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0).decimalValue().setScale(2);
    }
    return BigDecimal.valueOf(random.nextInt(100_000), 2);
  }

  private String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "uuid" -> {
        return UUID.randomUUID().toString();
      }
      case "date" -> {
        return schema.path("examples").isArray() && !schema.path("examples").isEmpty()
            ? schema.path("examples").get(0).asText()
            : LocalDate.now().toString();
      }
      case "date-time" -> {
        return "2026-01-01T00:00:00Z";
      }
      case "email" -> {
        return "fuzz-" + Long.toHexString(random.nextLong()) + "@platform.example";
      }
      default -> {}
    }
    String pattern = schema.path("pattern").asText("");
    boolean patternIsWholeShape = !pattern.isEmpty() && !pattern.equals("\\S");
    if (patternIsWholeShape && random.nextBoolean()) {
      String sample = PatternSample.of(pattern, random);
      if (sample != null && !sample.isBlank() && fits(schema, sample)) {
        return sample;
      }
    }
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0).asText();
    }
    if (patternIsWholeShape) {
      String sample = PatternSample.of(pattern, random);
      if (sample != null && !sample.isBlank() && fits(schema, sample)) {
        return sample;
      }
    }
    String text = "fuzz " + Integer.toString(random.nextInt(1_000_000), 36);
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return text.substring(0, Math.min(text.length(), max));
  }

  private static boolean fits(JsonNode schema, String value) {
    return value.length() >= schema.path("minLength").asInt(0)
        && value.length() <= schema.path("maxLength").asInt(Integer.MAX_VALUE);
  }
}
