package io.carefile.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/** JSON as stored in review columns: priority reasons, decision findings and reasons. */
final class ReviewJson {

  static final TypeReference<List<PriorityReason>> PRIORITY_REASONS = new TypeReference<>() {};
  static final TypeReference<List<DecisionFinding>> FINDINGS = new TypeReference<>() {};
  static final TypeReference<List<RejectionReason>> REASONS = new TypeReference<>() {};

  private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private ReviewJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write stored JSON", e);
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
