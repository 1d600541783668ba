package io.carefile.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The fields of the form being posted, by name. Return pages name their fields after the template's
 * field codes and warning keys, which no {@code @RestForm} can list in advance; the form has
 * already been read (a page method takes at least one {@code @RestForm}, and the CSRF check reads
 * it).
 */
final class PostedForm {

  private final FormData data;

  private PostedForm(FormData data) {
    this.data = data;
  }

  static PostedForm current() {
    return new PostedForm(CurrentRequestManager.get().getFormData());
  }

  /** Every value sent under the name, in order; none when it was not sent. */
  List<String> all(String name) {
    List<String> values = new ArrayList<>();
    if (data != null && data.get(name) != null) {
      for (FormValue value : data.get(name)) {
        if (!value.isFileItem()) {
          values.add(value.getValue());
        }
      }
    }
    return values;
  }

  /** The first value sent under the name, or an empty text. */
  String first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? "" : values.getFirst();
  }

  /** The first value of each field whose name starts with the prefix, by the rest of its name. */
  Map<String, String> startingWith(String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    if (data != null) {
      for (String name : data) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          values.put(name.substring(prefix.length()), first(name));
        }
      }
    }
    return values;
  }
}
