package io.carefile.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** JSON as stored in filing columns: decimals read back exactly, never through a double. */
final class StoredJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private StoredJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write stored JSON", e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return json == null ? null : MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is not readable", e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is not readable", e);
    }
  }
}
