package io.carefile.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The served OpenAPI document, read for what the fuzzer needs: every write operation under {@code
 * /api}, the roles that may call it (the scopes of its security requirement, which Quarkus fills
 * from {@code @RolesAllowed}), its parameters and its request bodies' schemas.
 */
final class ApiDocument {

  /** Test-only resources (src/test) that the test application publishes too: not the product's. */
  static final String TEST_SUPPORT_PREFIX = "/api/v1/test-support/";

  private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

  private final JsonNode document;

  ApiDocument(String json) {
    try {
      this.document = new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
    }
  }

  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  record WriteOperation(
      String method,
      String path,
      List<String> roles,
      List<Parameter> parameters,
      Map<String, JsonNode> bodies,
      boolean bodyRequired) {

    String label() {
      return method + " " + path;
    }

    boolean readsBody() {
      return !bodies.isEmpty();
    }
  }

  List<WriteOperation> writeOperations() {
    List<WriteOperation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/") || path.getKey().startsWith(TEST_SUPPORT_PREFIX)) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (WRITE_METHODS.contains(method.getKey())) {
          operations.add(operation(method.getKey(), path.getKey(), method.getValue()));
        }
      }
    }
    return operations;
  }

  /** Whether the path has a GET that declares this query parameter. */
  boolean getDeclares(String path, String queryParameter) {
    for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
      if (parameter.path("name").asText().equals(queryParameter)) {
        return true;
      }
    }
    return false;
  }

  boolean hasGet(String path) {
    return document.path("paths").path(path).has("get");
  }

  private WriteOperation operation(String method, String path, JsonNode operation) {
    List<String> roles = new ArrayList<>();
    for (JsonNode requirement : operation.path("security")) {
      requirement
          .fields()
          .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
    }
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      parameters.add(
          new Parameter(
              parameter.path("name").asText(),
              parameter.path("in").asText(),
              parameter.path("required").asBoolean(false),
              resolve(parameter.path("schema"))));
    }
    Map<String, JsonNode> bodies = new LinkedHashMap<>();
    JsonNode body = operation.path("requestBody");
    body.path("content")
        .fields()
        .forEachRemaining(
            content -> bodies.put(content.getKey(), content.getValue().path("schema")));
    return new WriteOperation(
        method.toUpperCase(Locale.ROOT),
        path,
        List.copyOf(roles),
        List.copyOf(parameters),
        bodies,
        body.path("required").asBoolean(true));
  }

  /**
   * The schema with its {@code $ref} (and a one-element {@code allOf}) replaced by what they name;
   * the schema's own keywords win over the referenced ones, as the document writes {@code {"$ref":
   * "#/components/schemas/UUID", "description": "…"}}.
   */
  JsonNode resolve(JsonNode schema) {
    if (schema == null || schema.isMissingNode() || schema.isNull()) {
      return new ObjectMapper().createObjectNode();
    }
    JsonNode current = schema;
    for (int depth = 0; depth < 20; depth++) {
      ObjectNode merged;
      if (current.has("$ref")) {
        String name = current.path("$ref").asText();
        JsonNode target =
            document
                .path("components")
                .path("schemas")
                .path(name.substring(name.lastIndexOf('/') + 1));
        merged =
            target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : new ObjectMapper().createObjectNode();
        merged.put("x-schema-name", name.substring(name.lastIndexOf('/') + 1));
      } else if (current.has("allOf")) {
        merged = new ObjectMapper().createObjectNode();
        for (JsonNode part : current.path("allOf")) {
          JsonNode resolved = resolve(part);
          resolved.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
        }
      } else {
        return current;
      }
      JsonNode own = current;
      own.fields()
          .forEachRemaining(
              field -> {
                if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf")) {
                  merged.set(field.getKey(), field.getValue());
                }
              });
      current = merged;
    }
    return current;
  }
}
