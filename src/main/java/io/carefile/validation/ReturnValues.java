package io.carefile.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carefile.common.text.TextRules;
import io.carefile.template.definition.BoundValues;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.NumberRange;
import io.carefile.template.definition.RuleSeverity;
import io.carefile.template.definition.TemplateDefinition.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A return's values as filed: JSON values by field code, each already read as its field's type
 * (whole numbers as integers, decimals exact, dates as {@code YYYY-MM-DD}, choices as codes). Blank
 * fields are absent. Immutable.
 */
public final class ReturnValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ReturnValues EMPTY = new ReturnValues(Map.of());

  private final Map<String, JsonNode> values;

  private ReturnValues(Map<String, JsonNode> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static ReturnValues empty() {
    return EMPTY;
  }

  /** Values stored earlier by {@link #toJson()}: already read, so taken as they are. */
  public static ReturnValues fromJson(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return EMPTY;
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    stored.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    return new ReturnValues(values);
  }

  /**
   * Changes a caller sent for some of a template's fields, read as their fields' types. A null (or
   * blank) value clears the field.
   */
  public record Changes(Map<String, JsonNode> values, List<Finding> unreadable) {

    public boolean readable() {
      return unreadable.isEmpty();
    }
  }

  public static Changes read(CompiledTemplate template, Map<String, JsonNode> sent) {
    Map<String, JsonNode> read = new LinkedHashMap<>();
    List<Finding> unreadable = new ArrayList<>();
    sent.forEach(
        (code, value) -> {
          Field field = template.fields().get(code);
          if (field == null) {
            unreadable.add(
                Finding.ofField(
                    FieldCheck.UNKNOWN,
                    RuleSeverity.ERROR,
                    code,
                    "\""
                        + code
                        + "\" is not a field of "
                        + template.code()
                        + " version "
                        + template.version()));
            return;
          }
          JsonNode converted = convert(field, value == null ? NullNode.getInstance() : value);
          if (converted == null) {
            unreadable.add(
                Finding.ofField(FieldCheck.TYPE, RuleSeverity.ERROR, code, typeMessage(field)));
          } else if (converted.isNumber()
              && !NumberRange.holds(field.type(), converted.decimalValue())) {
            unreadable.add(
                Finding.ofField(
                    FieldCheck.RANGE,
                    RuleSeverity.ERROR,
                    code,
                    ReturnValidator.quoted(field)
                        + " must be "
                        + NumberRange.describe(field.type())));
          } else {
            read.put(code, converted);
          }
        });
    return new Changes(read, List.copyOf(unreadable));
  }

  /**
   * Reads what a person typed or chose in a form (or a spreadsheet cell) for one field: several
   * values for a multiple choice field, otherwise one.
   *
   * @return the value ({@link NullNode} for blank), or null when it cannot be read as the field's
   *     type
   */
  public static JsonNode fromText(Field field, List<String> typed) {
    List<String> entered =
        typed.stream().filter(text -> text != null && !text.isBlank()).map(String::strip).toList();
    if (entered.isEmpty()) {
      return NullNode.getInstance();
    }
    String text = entered.getFirst();
    try {
      return switch (field.type()) {
        case INTEGER -> convert(field, NODES.numberNode(new BigDecimal(number(text))));
        case DECIMAL -> NODES.numberNode(new BigDecimal(number(text)));
        case PERCENTAGE -> NODES.numberNode(new BigDecimal(number(text.replaceFirst("%$", ""))));
        case BOOLEAN ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true", "yes" -> NODES.booleanNode(true);
              case "false", "no" -> NODES.booleanNode(false);
              default -> null;
            };
        case TEXT, SINGLE_CHOICE, DATE -> convert(field, NODES.textNode(text));
        case MULTIPLE_CHOICE -> convert(field, NODES.arrayNode().addAll(texts(entered)));
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What is wrong with a value that cannot be read as its field's type. */
  public static String typeMessage(Field field) {
    String quoted = ReturnValidator.quoted(field);
    return switch (field.type()) {
      case INTEGER -> quoted + " must be a whole number, like 250";
      case DECIMAL -> quoted + " must be a number, like 12.5";
      case PERCENTAGE -> quoted + " must be a percentage, like 98.5";
      case BOOLEAN -> quoted + " must be answered yes (true) or no (false)";
      case TEXT -> quoted + " must be text, without control characters";
      case DATE -> quoted + " must be a real date, written as YYYY-MM-DD";
      case SINGLE_CHOICE -> quoted + " must be the code of one of the options";
      case MULTIPLE_CHOICE -> quoted + " must be a list of the codes of the options chosen";
    };
  }

  /** These values with the changes applied; a {@link NullNode} clears its field. */
  public ReturnValues with(Map<String, JsonNode> changes) {
    Map<String, JsonNode> merged = new LinkedHashMap<>(values);
    changes.forEach(
        (code, value) -> {
          if (value.isNull()) {
            merged.remove(code);
          } else {
            merged.put(code, value);
          }
        });
    return new ReturnValues(merged);
  }

  /** Only the changes: a complete set of values replacing these. */
  public static ReturnValues of(Map<String, JsonNode> changes) {
    return EMPTY.with(changes);
  }

  public JsonNode get(String code) {
    return values.get(code);
  }

  public Set<String> codes() {
    return values.keySet();
  }

  public ObjectNode toJson() {
    ObjectNode json = NODES.objectNode();
    values.forEach(json::set);
    return json;
  }

  /** A value as the Java type the template's expressions expect. */
  /**
   * These values as the template's expressions read them, for its rules and its indicators alike.
   */
  public BoundValues bind(CompiledTemplate template, LocalDate periodStart, LocalDate periodEnd) {
    Map<String, Object> typed = new HashMap<>();
    for (Field field : template.fields().values()) {
      JsonNode value = values.get(field.code());
      if (value != null && !value.isNull()) {
        typed.put(field.code(), typed(field, value));
      }
    }
    return template.bind(typed, periodStart, periodEnd);
  }

  static Object typed(Field field, JsonNode value) {
    return switch (field.type()) {
      case INTEGER -> value.longValue();
      case DECIMAL, PERCENTAGE -> value.decimalValue();
      case BOOLEAN -> value.booleanValue();
      case TEXT, SINGLE_CHOICE -> value.asText();
      case DATE -> LocalDate.parse(value.asText());
      case MULTIPLE_CHOICE -> codes(value);
    };
  }

  static List<String> codes(JsonNode value) {
    if (value.isArray()) {
      List<String> codes = new ArrayList<>();
      value.forEach(item -> codes.add(item.asText()));
      return codes;
    }
    return List.of(value.asText());
  }

  /** The value in its field's canonical form, or null when it is not of the field's type. */
  private static JsonNode convert(Field field, JsonNode value) {
    if (value.isNull() || value.isTextual() && value.asText().isBlank()) {
      return NullNode.getInstance();
    }
    return switch (field.type()) {
      case INTEGER -> wholeNumber(value);
      case DECIMAL, PERCENTAGE -> value.isNumber() ? NODES.numberNode(value.decimalValue()) : null;
      case BOOLEAN -> value.isBoolean() ? value : null;
      case TEXT, SINGLE_CHOICE -> isStorableText(value) ? value : null;
      case DATE -> isStorableText(value) ? date(value.asText()) : null;
      case MULTIPLE_CHOICE -> choices(value);
    };
  }

  /** Text, and text that can be stored: the JSON reader checks bodies, this checks forms too. */
  private static boolean isStorableText(JsonNode value) {
    return value.isTextual() && TextRules.firstUnstorable(value.textValue()) < 0;
  }

  private static JsonNode wholeNumber(JsonNode value) {
    if (!value.isNumber()) {
      return null;
    }
    BigDecimal number = value.decimalValue();
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return null;
    }
    // Whole, but too large to be a count: kept as it is, for NumberRange to refuse without
    // expanding 1e999999999 digit by digit.
    if ((long) number.precision() - number.scale() > 18) {
      return NODES.numberNode(number);
    }
    return NODES.numberNode(number.longValueExact());
  }

  private static JsonNode date(String text) {
    try {
      return NODES.textNode(LocalDate.parse(text).toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static JsonNode choices(JsonNode value) {
    if (!value.isArray()) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode item : value) {
      if (!isStorableText(item)) {
        return null;
      }
      codes.add(item.asText());
    }
    return codes.isEmpty() ? NullNode.getInstance() : NODES.arrayNode().addAll(texts(codes));
  }

  private static List<JsonNode> texts(Collection<String> texts) {
    return texts.stream().map(text -> (JsonNode) NODES.textNode(text)).toList();
  }

  /** People write thousands with commas; numbers are read without them. */
  private static String number(String text) {
    return text.replace(",", "").replace(" ", "");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReturnValues that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
