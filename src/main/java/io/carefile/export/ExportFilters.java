package io.carefile.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's filter as kept with a background export: JSON of the filter's public fields that are
 * given (an empty parameter filters nothing, so it is left out), read back into the same class when
 * the job runs. Written and read only by this service, never taken from a request body.
 */
@ApplicationScoped
class ExportFilters {

  private final ObjectMapper mapper;

  ExportFilters(ObjectMapper mapper) {
    this.mapper =
        mapper
            .copy()
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
  }

  String json(Object filter) {
    try {
      return mapper.writeValueAsString(filter);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A list's filter could not be kept as JSON", e);
    }
  }

  <F> F read(String json, Class<F> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored export filter could not be read", e);
    }
  }

  /** The filters as the "About" sheet lists them: name and value as asked. */
  Map<String, String> described(String json) {
    try {
      Map<String, Object> values = mapper.readValue(json, new TypeReference<>() {});
      Map<String, String> described = new LinkedHashMap<>();
      values.forEach((name, value) -> described.put(name, String.valueOf(value)));
      return described;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored export filter could not be read", e);
    }
  }
}
