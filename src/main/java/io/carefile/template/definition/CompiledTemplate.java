package io.carefile.template.definition;

import io.carefile.common.json.CanonicalJson;
import io.carefile.template.definition.TemplateDefinition.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A valid template version, ready for use: its definition, its fields by code, and its rules,
 * indicators and breach rules compiled into programs. Immutable and safe to share between threads.
 */
public final class CompiledTemplate {

  private final TemplateDefinition definition;
  private final Map<String, Field> fields;
  private final List<CompiledRule> rules;
  private final List<CompiledIndicator> indicators;
  private final List<CompiledBreachRule> breachRules;
  private final String canonicalJson;

  CompiledTemplate(
      TemplateDefinition definition,
      Map<String, Field> fields,
      List<CompiledRule> rules,
      List<CompiledIndicator> indicators,
      List<CompiledBreachRule> breachRules) {
    this.definition = definition;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.rules = List.copyOf(rules);
    this.indicators = List.copyOf(indicators);
    this.breachRules = List.copyOf(breachRules);
    this.canonicalJson = CanonicalJson.of(definition);
  }

  public TemplateDefinition definition() {
    return definition;
  }

  public String code() {
    return definition.code();
  }

  public int version() {
    return definition.version();
  }

  /** Every field by code, in the order of the sections. */
  public Map<String, Field> fields() {
    return fields;
  }

  public List<CompiledRule> rules() {
    return rules;
  }

  public List<CompiledIndicator> indicators() {
    return indicators;
  }

  /** The breach rules, in the template's order; none for a version without them. */
  public List<CompiledBreachRule> breachRules() {
    return breachRules;
  }

  /** The definition as canonical JSON (RFC 8785): what is stored and what its digest covers. */
  public String canonicalJson() {
    return canonicalJson;
  }

  public String sha256() {
    return CanonicalJson.sha256Hex(canonicalJson);
  }

  /**
   * A return's values, prepared for this template's expressions. Values are Java values by field
   * type: integer as any whole {@link Number}; decimal and percentage as {@link Number}; boolean as
   * {@link Boolean}; text and single choice as {@link String}; date as {@link LocalDate}; multiple
   * choice as a collection of codes. A blank field is absent or null.
   *
   * @throws IllegalArgumentException for a field this template does not have, or a value of the
   *     wrong kind (field checks run before rules, so this is a programming error)
   */
  public BoundValues bind(Map<String, ?> values, LocalDate periodStart, LocalDate periodEnd) {
    Map<String, Object> variables = new HashMap<>();
    Set<String> present = new HashSet<>();
    values.forEach(
        (code, value) -> {
          if (!fields.containsKey(code)) {
            throw new IllegalArgumentException(
                code() + " v" + version() + " has no field \"" + code + "\"");
          }
          if (value != null) {
            variables.put(code, celValue(fields.get(code), value));
            present.add(code);
          }
        });
    fields.values().stream()
        .filter(field -> !field.required())
        .forEach(
            field -> variables.put(field.code(), Optional.ofNullable(variables.get(field.code()))));
    if (periodStart != null) {
      variables.put(TemplateReader.PERIOD_START, startOfDay(periodStart));
      present.add(TemplateReader.PERIOD_START);
    }
    if (periodEnd != null) {
      variables.put(TemplateReader.PERIOD_END, startOfDay(periodEnd));
      present.add(TemplateReader.PERIOD_END);
    }
    return new BoundValues(variables, present);
  }

  private static Object celValue(Field field, Object value) {
    Object converted =
        switch (field.type()) {
          case INTEGER -> wholeNumber(value);
          case DECIMAL, PERCENTAGE -> value instanceof Number number ? decimal(number) : null;
          case BOOLEAN -> value instanceof Boolean ? value : null;
          case TEXT, SINGLE_CHOICE -> value instanceof String ? value : null;
          case DATE -> value instanceof LocalDate date ? startOfDay(date) : null;
          case MULTIPLE_CHOICE -> codes(value);
        };
    if (converted == null) {
      throw new IllegalArgumentException(
          "Field \""
              + field.code()
              + "\" is "
              + field.type().code()
              + " and cannot hold a "
              + value.getClass().getSimpleName());
    }
    return converted;
  }

  private static Long wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof BigDecimal decimal) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  /** CEL has no decimal type: rules compare decimals as doubles, which is exact enough for them. */
  private static Double decimal(Number number) {
    return number.doubleValue();
  }

  private static List<String> codes(Object value) {
    if (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
      return items.stream().map(String.class::cast).toList();
    }
    return null;
  }

  /** Dates are CEL timestamps at the start of the day, UTC, so that they compare exactly. */
  private static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
