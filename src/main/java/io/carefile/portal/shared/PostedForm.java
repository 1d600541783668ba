package io.carefile.portal.shared;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a posted form, by name. Return pages name their fields after the template's field
 * codes and warning keys, which no {@code @RestForm} can list in advance, so they take the whole
 * form as JAX-RS gives it: a {@code MultivaluedMap} body of {@code
 * application/x-www-form-urlencoded}.
 */
public final class PostedForm {

  private final MultivaluedMap<String, String> fields;

  private PostedForm(MultivaluedMap<String, String> fields) {
    this.fields = fields;
  }

  public static PostedForm of(MultivaluedMap<String, String> fields) {
    return new PostedForm(fields);
  }

  /** Every value sent under the name, in order; none when it was not sent. */
  public List<String> all(String name) {
    List<String> values = fields.get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The first value sent under the name, or an empty text. */
  public String first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? "" : values.getFirst();
  }

  /** The first value as a version number; -1 (never a record's version) when absent or garbled. */
  public long version(String name) {
    try {
      return Long.parseLong(first(name).strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The first value of each field whose name starts with the prefix, by the rest of its name. */
  public Map<String, String> startingWith(String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.keySet().stream()
        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
        .forEach(name -> values.put(name.substring(prefix.length()), first(name)));
    return values;
  }
}
