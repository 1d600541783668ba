package io.carefile.common.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Paths of values in a body as clients write them: {@code profile.serviceKinds[1]}. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JsonStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        steps.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
      } else if (at.getCurrentName() != null) {
        steps.push("." + at.getCurrentName());
      }
    }
    return strip(String.join("", steps));
  }

  static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      path.append(
          step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
    }
    return strip(path.toString());
  }

  private static String strip(String path) {
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
