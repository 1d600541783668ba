package io.carefile.template.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.platform.PlatformCategory;
import io.carefile.template.PeriodType;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Band;
import io.carefile.template.definition.TemplateDefinition.BreachRule;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Indicator;
import io.carefile.template.definition.TemplateDefinition.PeriodOverPeriod;
import io.carefile.template.definition.TemplateDefinition.Rule;
import io.carefile.template.definition.TemplateDefinition.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a template document into a {@link TemplateDefinition}, checking its structure: attributes,
 * types, codes, bounds and cross-references. It notes every problem with its path and reads on, so
 * that an author sees all of them at once; expressions are checked later, by the compiler.
 */
final class TemplateReader {

  static final Pattern TEMPLATE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  static final Pattern RULE_ID = TEMPLATE_CODE;
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  static final Pattern CHOICE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]*");

  /** Variables every expression may use besides the fields: the return's period, as dates. */
  static final String PERIOD_START = "period_start";

  static final String PERIOD_END = "period_end";

  /** Words a field code cannot be: the rule language's own names would be hidden by it. */
  private static final Set<String> RESERVED =
      Set.of(
          "as",
          "break",
          "const",
          "continue",
          "else",
          "false",
          "for",
          "function",
          "if",
          "import",
          "in",
          "let",
          "loop",
          "namespace",
          "null",
          "package",
          "return",
          "true",
          "var",
          "void",
          "while",
          "bool",
          "bytes",
          "double",
          "duration",
          "dyn",
          "has",
          "int",
          "list",
          "map",
          "null_type",
          "optional",
          "size",
          "string",
          "timestamp",
          "type",
          "uint",
          PERIOD_START,
          PERIOD_END);

  private static final List<String> TEMPLATE_ATTRIBUTES =
      List.of(
          "code",
          "version",
          "title",
          "description",
          "periodType",
          "dueOffsetDays",
          "categories",
          "sections",
          "rules",
          "indicators",
          "periodOverPeriod",
          "breachRules");
  private static final List<String> SECTION_ATTRIBUTES =
      List.of("code", "title", "description", "fields");
  private static final List<String> FIELD_ATTRIBUTES =
      List.of(
          "code",
          "label",
          "help",
          "type",
          "unit",
          "required",
          "min",
          "max",
          "allowedValues",
          "maxLength");
  private static final List<String> ALLOWED_VALUE_ATTRIBUTES = List.of("code", "label");
  private static final List<String> RULE_ATTRIBUTES =
      List.of("id", "severity", "fields", "expression", "message");
  private static final List<String> BREACH_RULE_ATTRIBUTES =
      List.of("id", "categories", "fields", "expression", "finding");
  private static final List<String> INDICATOR_ATTRIBUTES =
      List.of("code", "title", "description", "expression", "weight", "bands");
  private static final List<String> BAND_ATTRIBUTES = List.of("min", "max", "points", "label");
  private static final List<String> PERIOD_OVER_PERIOD_ATTRIBUTES =
      List.of("ruleId", "maxChangeShare", "minimumBase", "fields");

  static final int MAX_EXPRESSION_LENGTH = 2000;

  private final List<TemplateProblem> problems;

  TemplateReader(List<TemplateProblem> problems) {
    this.problems = problems;
  }

  /** The definition as far as it could be read; complete only when no problem was noted. */
  TemplateDefinition read(JsonNode root) {
    At template = new At("", root);
    if (!mapping(template, TEMPLATE_ATTRIBUTES)) {
      return null;
    }
    String code =
        code(
            template.attribute("code"),
            TEMPLATE_CODE,
            32,
            "capital letters and digits, in parts joined by hyphens, such as CSAM-Q");
    Integer version = whole(template.attribute("version"), true, 1, 9999);
    String title = text(template.attribute("title"), true, 200);
    String description = text(template.attribute("description"), false, 4000);
    PeriodType periodType =
        choice(template.attribute("periodType"), true, PeriodType.values(), Enum::name);
    Integer dueOffsetDays = whole(template.attribute("dueOffsetDays"), true, 0, 366);
    List<PlatformCategory> categories = categories(template.attribute("categories"));
    List<Section> sections = sections(template.attribute("sections"));
    Map<String, Field> fields = new HashMap<>();
    sections.stream()
        .flatMap(section -> section.fields().stream())
        .filter(field -> field.code() != null)
        .forEach(field -> fields.putIfAbsent(field.code(), field));
    List<Rule> rules = rules(template.attribute("rules"), fields);
    List<Indicator> indicators = indicators(template.attribute("indicators"));
    PeriodOverPeriod periodOverPeriod =
        periodOverPeriod(template.attribute("periodOverPeriod"), fields, rules);
    List<BreachRule> breachRules = breachRules(template.attribute("breachRules"), fields, rules);
    return new TemplateDefinition(
        code,
        version == null ? 0 : version,
        title,
        description,
        periodType,
        dueOffsetDays == null ? 0 : dueOffsetDays,
        categories,
        sections,
        rules,
        indicators,
        periodOverPeriod,
        breachRules);
  }

  private List<PlatformCategory> categories(At at) {
    List<PlatformCategory> categories = new ArrayList<>();
    for (At item : list(at, true)) {
      PlatformCategory category =
          choice(item, true, PlatformCategory.values(), PlatformCategory::name);
      if (category != null && categories.contains(category)) {
        problem(item, category + " is listed twice");
      } else if (category != null) {
        categories.add(category);
      }
    }
    return categories;
  }

  private List<Section> sections(At at) {
    List<Section> sections = new ArrayList<>();
    Map<String, String> sectionCodes = new HashMap<>();
    Map<String, String> fieldCodes = new HashMap<>();
    for (At item : list(at, true)) {
      if (!mapping(item, SECTION_ATTRIBUTES)) {
        continue;
      }
      String code = unique(item.attribute("code"), name(item.attribute("code")), sectionCodes);
      String title = text(item.attribute("title"), true, 200);
      String description = text(item.attribute("description"), false, 2000);
      List<Field> fields = new ArrayList<>();
      for (At fieldAt : list(item.attribute("fields"), true)) {
        Field field = field(fieldAt, fieldCodes);
        if (field != null) {
          fields.add(field);
        }
      }
      sections.add(new Section(code, title, description, fields));
    }
    return sections;
  }

  private Field field(At at, Map<String, String> fieldCodes) {
    if (!mapping(at, FIELD_ATTRIBUTES)) {
      return null;
    }
    String code = name(at.attribute("code"));
    if (code != null && RESERVED.contains(code)) {
      problem(at.attribute("code"), "\"" + code + "\" is reserved in the rule language");
      code = null;
    }
    code = unique(at.attribute("code"), code, fieldCodes);
    String label = text(at.attribute("label"), true, 200);
    String help = text(at.attribute("help"), false, 2000);
    FieldType type = choice(at.attribute("type"), true, FieldType.values(), FieldType::code);
    String unit = text(at.attribute("unit"), false, 32);
    Boolean required = bool(at.attribute("required"));
    BigDecimal min = number(at.attribute("min"), false);
    BigDecimal max = number(at.attribute("max"), false);
    List<AllowedValue> allowedValues = allowedValues(at.attribute("allowedValues"));
    Integer maxLength = whole(at.attribute("maxLength"), false, 1, 100_000);
    if (type != null) {
      checkShape(at, type, unit, min, max, allowedValues, maxLength);
    }
    return new Field(
        code,
        label,
        help,
        type,
        unit,
        required == null || required,
        min,
        max,
        allowedValues,
        maxLength);
  }

  /** Attributes that only make sense for some types of field. */
  private void checkShape(
      At at,
      FieldType type,
      String unit,
      BigDecimal min,
      BigDecimal max,
      List<AllowedValue> allowedValues,
      Integer maxLength) {
    if (type.isNumeric()) {
      for (String bound : List.of("min", "max")) {
        BigDecimal value = bound.equals("min") ? min : max;
        if (value == null) {
          continue;
        }
        if (type == FieldType.INTEGER && !isWhole(value)) {
          problem(at.attribute(bound), "must be a whole number for an integer field");
        }
        if (type == FieldType.PERCENTAGE
            && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
          problem(at.attribute(bound), "must be within 0 to 100 for a percentage field");
        }
      }
      if (min != null && max != null && min.compareTo(max) > 0) {
        problem(
            at.attribute("min"),
            "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
      }
    } else {
      String numericOnly = "applies only to integer, decimal and percentage fields, not ";
      notFor(at.attribute("min"), min, numericOnly + type.code());
      notFor(at.attribute("max"), max, numericOnly + type.code());
      notFor(at.attribute("unit"), unit, numericOnly + type.code());
    }
    if (type.isChoice() && allowedValues == null) {
      problem(at.attribute("allowedValues"), "is required for a " + type.code() + " field");
    } else if (!type.isChoice()) {
      notFor(
          at.attribute("allowedValues"),
          allowedValues,
          "applies only to single_choice and multiple_choice fields");
    }
    if (type == FieldType.TEXT && maxLength == null && !at.attribute("maxLength").isPresent()) {
      problem(at.attribute("maxLength"), "is required for a text field");
    } else if (type != FieldType.TEXT) {
      notFor(at.attribute("maxLength"), maxLength, "applies only to text fields");
    }
  }

  private List<AllowedValue> allowedValues(At at) {
    if (!at.isPresent()) {
      return null;
    }
    List<AllowedValue> values = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    for (At item : list(at, true)) {
      if (!mapping(item, ALLOWED_VALUE_ATTRIBUTES)) {
        continue;
      }
      String code =
          code(
              item.attribute("code"),
              CHOICE_CODE,
              64,
              "capital letters, digits and underscores, such as PHOTO_ID");
      code = unique(item.attribute("code"), code, codes);
      String label = text(item.attribute("label"), true, 200);
      values.add(new AllowedValue(code, label));
    }
    return values;
  }

  private List<Rule> rules(At at, Map<String, Field> fields) {
    List<Rule> rules = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (At item : list(at, false)) {
      if (!mapping(item, RULE_ATTRIBUTES)) {
        continue;
      }
      String id = code(item.attribute("id"), RULE_ID, 32, "such as CSAMQ-R001");
      id = unique(item.attribute("id"), id, ids);
      RuleSeverity severity =
          choice(item.attribute("severity"), true, RuleSeverity.values(), Enum::name);
      List<String> ruleFields =
          item.attribute("fields").isPresent()
              ? fieldList(item.attribute("fields"), fields, false)
              : null;
      String expression = text(item.attribute("expression"), true, MAX_EXPRESSION_LENGTH);
      String message = text(item.attribute("message"), true, 500);
      rules.add(new Rule(id, severity, ruleFields, expression, message));
    }
    return rules;
  }

  /**
   * The breach rules, or null when the template has none: a version without the attribute keeps the
   * definition (and so the digest) it was published with.
   */
  private List<BreachRule> breachRules(At at, Map<String, Field> fields, List<Rule> rules) {
    if (!at.isPresent()) {
      return null;
    }
    List<BreachRule> breachRules = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (At item : list(at, true)) {
      if (!mapping(item, BREACH_RULE_ATTRIBUTES)) {
        continue;
      }
      String id = code(item.attribute("id"), RULE_ID, 32, "such as CSAMQ-B001");
      if (id != null && rules.stream().anyMatch(rule -> id.equals(rule.id()))) {
        problem(item.attribute("id"), "\"" + id + "\" is already the id of a validation rule");
      }
      String unique = unique(item.attribute("id"), id, ids);
      List<PlatformCategory> categories =
          item.attribute("categories").isPresent()
              ? categories(item.attribute("categories"))
              : null;
      List<String> ruleFields =
          item.attribute("fields").isPresent()
              ? fieldList(item.attribute("fields"), fields, false)
              : null;
      String expression = text(item.attribute("expression"), true, MAX_EXPRESSION_LENGTH);
      String finding = text(item.attribute("finding"), true, 1000);
      breachRules.add(new BreachRule(unique, categories, ruleFields, expression, finding));
    }
    return breachRules;
  }

  private List<Indicator> indicators(At at) {
    List<Indicator> indicators = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    for (At item : list(at, false)) {
      if (!mapping(item, INDICATOR_ATTRIBUTES)) {
        continue;
      }
      String code = unique(item.attribute("code"), name(item.attribute("code")), codes);
      String title = text(item.attribute("title"), true, 200);
      String description = text(item.attribute("description"), false, 2000);
      String expression = text(item.attribute("expression"), true, MAX_EXPRESSION_LENGTH);
      BigDecimal weight = number(item.attribute("weight"), true);
      if (weight != null
          && (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(1000)) > 0)) {
        problem(item.attribute("weight"), "must be more than 0 and at most 1000");
      }
      List<Band> bands = bands(item.attribute("bands"));
      indicators.add(new Indicator(code, title, description, expression, weight, bands));
    }
    return indicators;
  }

  private List<Band> bands(At at) {
    List<Band> bands = new ArrayList<>();
    List<Map.Entry<Band, String>> placed = new ArrayList<>();
    for (At item : list(at, true)) {
      if (!mapping(item, BAND_ATTRIBUTES)) {
        continue;
      }
      BigDecimal min = number(item.attribute("min"), false);
      BigDecimal max = number(item.attribute("max"), false);
      Integer points = whole(item.attribute("points"), true, 0, 100);
      String label = text(item.attribute("label"), false, 200);
      if (min != null && max != null && min.compareTo(max) >= 0) {
        problem(
            item.attribute("min"),
            "min " + min.toPlainString() + " must be less than max " + max.toPlainString());
        continue;
      }
      Band band = new Band(min, max, points == null ? 0 : points, label);
      bands.add(band);
      placed.add(Map.entry(band, item.path()));
    }
    // Bands may leave gaps (a value in no band earns 0 points) but must never overlap.
    placed.sort(
        Comparator.comparing(
            entry -> entry.getKey().min(), Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int i = 1; i < placed.size(); i++) {
      Band previous = placed.get(i - 1).getKey();
      Band next = placed.get(i).getKey();
      if (previous.max() == null
          || next.min() == null
          || previous.max().compareTo(next.min()) > 0) {
        problem(at, placed.get(i - 1).getValue() + " and " + placed.get(i).getValue() + " overlap");
      }
    }
    return bands;
  }

  private PeriodOverPeriod periodOverPeriod(At at, Map<String, Field> fields, List<Rule> rules) {
    if (!at.isPresent() || !mapping(at, PERIOD_OVER_PERIOD_ATTRIBUTES)) {
      return null;
    }
    String ruleId = code(at.attribute("ruleId"), RULE_ID, 32, "such as CSAMQ-P001");
    if (ruleId != null && rules.stream().anyMatch(rule -> ruleId.equals(rule.id()))) {
      problem(at.attribute("ruleId"), "\"" + ruleId + "\" is already the id of a rule");
    }
    BigDecimal maxChangeShare = number(at.attribute("maxChangeShare"), true);
    if (maxChangeShare != null
        && (maxChangeShare.signum() <= 0 || maxChangeShare.compareTo(BigDecimal.TEN) > 0)) {
      problem(at.attribute("maxChangeShare"), "must be more than 0 and at most 10 (1000%)");
    }
    BigDecimal minimumBase = number(at.attribute("minimumBase"), false);
    if (minimumBase != null && minimumBase.signum() < 0) {
      problem(at.attribute("minimumBase"), "must not be negative");
    }
    List<String> compared = fieldList(at.attribute("fields"), fields, true);
    return new PeriodOverPeriod(ruleId, maxChangeShare, minimumBase, compared);
  }

  /** A list of field codes that must all be fields of the template. */
  private List<String> fieldList(At at, Map<String, Field> fields, boolean numericOnly) {
    List<String> codes = new ArrayList<>();
    List<At> items = list(at, true);
    for (At item : items) {
      String code = text(item, true, 64);
      if (code == null) {
        continue;
      }
      Field field = fields.get(code);
      if (field == null) {
        problem(item, "\"" + code + "\" is not a field of this template");
      } else if (codes.contains(code)) {
        problem(item, "\"" + code + "\" is listed twice");
      } else if (numericOnly && field.type() != null && !field.type().isNumeric()) {
        problem(
            item,
            "\""
                + code
                + "\" is a "
                + field.type().code()
                + " field; only integer, decimal and percentage fields can be compared");
      } else {
        codes.add(code);
      }
    }
    return codes;
  }

  // ---- Reading values, noting problems ----------------------------------------------------

  /** A node of the document with its path, so that every problem says where it is. */
  private record At(String path, JsonNode node) {

    At attribute(String name) {
      return new At(
          path.isEmpty() ? name : path + "." + name, node == null ? null : node.get(name));
    }

    At item(int index) {
      return new At(path + "[" + index + "]", node.get(index));
    }

    boolean isPresent() {
      return node != null && !node.isNull() && !node.isMissingNode();
    }
  }

  private void problem(At at, String message) {
    problems.add(
        new TemplateProblem(at.path().isEmpty() ? TemplateProblem.DOCUMENT : at.path(), message));
  }

  private boolean mapping(At at, List<String> attributes) {
    if (!at.isPresent() || !at.node().isObject()) {
      problem(at, "must be a mapping of attributes (" + String.join(", ", attributes) + ")");
      return false;
    }
    at.node()
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!attributes.contains(name)) {
                problem(
                    at.attribute(name),
                    "is not a known attribute here (known: " + String.join(", ", attributes) + ")");
              }
            });
    return true;
  }

  private List<At> list(At at, boolean required) {
    if (!at.isPresent()) {
      if (required) {
        problem(at, "is required");
      }
      return List.of();
    }
    if (!at.node().isArray()) {
      problem(at, "must be a list");
      return List.of();
    }
    if (required && at.node().isEmpty()) {
      problem(at, "must not be empty");
    }
    List<At> items = new ArrayList<>();
    for (int i = 0; i < at.node().size(); i++) {
      items.add(at.item(i));
    }
    return items;
  }

  private String text(At at, boolean required, int maxLength) {
    if (!at.isPresent()) {
      if (required) {
        problem(at, "is required");
      }
      return null;
    }
    if (!at.node().isTextual()) {
      problem(at, "must be text");
      return null;
    }
    String value = at.node().textValue().strip();
    if (value.isEmpty()) {
      problem(at, "must not be blank");
      return null;
    }
    if (value.length() > maxLength) {
      problem(at, "must be at most " + maxLength + " characters long");
      return null;
    }
    return value;
  }

  private String code(At at, Pattern pattern, int maxLength, String shape) {
    String value = text(at, true, maxLength);
    if (value != null && !pattern.matcher(value).matches()) {
      problem(at, "\"" + value + "\" is not a valid code: use " + shape);
      return null;
    }
    return value;
  }

  private String name(At at) {
    return code(at, NAME, 64, "lower-case letters, digits and underscores, such as items_removed");
  }

  /** The code, or null when an earlier item already has it (noted as a problem). */
  private String unique(At at, String code, Map<String, String> seen) {
    if (code == null) {
      return null;
    }
    String first = seen.putIfAbsent(code, at.path());
    if (first != null) {
      problem(at, "\"" + code + "\" is already used at " + first);
      return null;
    }
    return code;
  }

  private Integer whole(At at, boolean required, int min, int max) {
    BigDecimal value = number(at, required);
    if (value == null) {
      return null;
    }
    if (!isWhole(value)) {
      problem(at, "must be a whole number");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(at, "must be from " + min + " to " + max);
      return null;
    }
    return value.intValueExact();
  }

  private BigDecimal number(At at, boolean required) {
    if (!at.isPresent()) {
      if (required) {
        problem(at, "is required");
      }
      return null;
    }
    if (!at.node().isNumber()) {
      problem(at, "must be a number");
      return null;
    }
    BigDecimal value = at.node().decimalValue();
    if (!NumberRange.holds(FieldType.DECIMAL, value)) {
      problem(at, "must be " + NumberRange.describe(FieldType.DECIMAL));
      return null;
    }
    return value;
  }

  private Boolean bool(At at) {
    if (!at.isPresent()) {
      return null;
    }
    if (!at.node().isBoolean()) {
      problem(at, "must be true or false");
      return null;
    }
    return at.node().booleanValue();
  }

  private <E> E choice(At at, boolean required, E[] options, Function<E, String> spelling) {
    String value = text(at, required, 64);
    if (value == null) {
      return null;
    }
    for (E option : options) {
      if (spelling.apply(option).equals(value)) {
        return option;
      }
    }
    problem(
        at,
        "\""
            + value
            + "\" is not one of "
            + Arrays.stream(options).map(spelling).collect(Collectors.joining(", ")));
    return null;
  }

  private void notFor(At at, Object value, String message) {
    if (value != null || at.isPresent()) {
      problem(at, message);
    }
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
