package io.carefile.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every string a request may carry, in a body or a parameter, has a documented bound: a {@code
 * maxLength}, an enumeration or a format (a UUID, a date) that fixes its length. New endpoints are
 * checked without new code, because this reads the served OpenAPI document.
 */
@QuarkusTest
class InputLimitsDocumentedTest {

  @Test
  void everyStringARequestMayCarryHasABound() throws Exception {
    JsonNode document =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    JsonNode schemas = document.path("components").path("schemas");
    List<String> unbounded = new ArrayList<>();
    Set<String> visited = new HashSet<>();

    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          String where =
                              operation.getKey().toUpperCase() + " " + path.getKey() + " ";
                          for (JsonNode parameter : operation.getValue().path("parameters")) {
                            check(
                                where
                                    + parameter.path("in").asText()
                                    + "."
                                    + parameter.path("name").asText(),
                                parameter.path("schema"),
                                schemas,
                                visited,
                                unbounded);
                          }
                          operation
                              .getValue()
                              .path("requestBody")
                              .path("content")
                              .forEach(
                                  media ->
                                      check(
                                          where + "body",
                                          media.path("schema"),
                                          schemas,
                                          visited,
                                          unbounded));
                        }));

    assertThat(visited).as("request schemas read").isNotEmpty();
    assertThat(unbounded).as("strings without maxLength, enum or format").isEmpty();
  }

  private static void check(
      String where,
      JsonNode schema,
      JsonNode schemas,
      Set<String> visited,
      List<String> unbounded) {
    if (schema.isMissingNode()) {
      return;
    }
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      if (visited.add(name)) {
        check(name, schemas.path(name), schemas, visited, unbounded);
      }
      return;
    }
    for (String combined : List.of("allOf", "oneOf", "anyOf")) {
      schema.path(combined).forEach(part -> check(where, part, schemas, visited, unbounded));
    }
    if ("string".equals(schema.path("type").asText())
        && !schema.has("maxLength")
        && !schema.has("enum")
        && !Set.of("uuid", "date", "date-time").contains(schema.path("format").asText())) {
      unbounded.add(where);
    }
    schema
        .path("properties")
        .properties()
        .forEach(
            property ->
                check(
                    where + "." + property.getKey(),
                    property.getValue(),
                    schemas,
                    visited,
                    unbounded));
    check(where + "[]", schema.path("items"), schemas, visited, unbounded);
    if (schema.path("additionalProperties").isObject()) {
      check(where + ".*", schema.path("additionalProperties"), schemas, visited, unbounded);
    }
  }
}
