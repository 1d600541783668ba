package io.carefile.template.definition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypes;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelOptionalLibrary;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.Program;
import io.carefile.common.text.TextRules;
import io.carefile.template.definition.TemplateDefinition.BreachRule;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Indicator;
import io.carefile.template.definition.TemplateDefinition.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a template document into a {@link CompiledTemplate}: reads and checks its structure, then
 * type-checks every rule, indicator and breach rule expression (CEL) against the declared fields
 * and compiles each into a reusable program. Either everything is valid, or {@link
 * InvalidTemplateException} lists every problem found.
 *
 * <p>How fields appear to expressions: each field is a variable named by its code. A required field
 * has its plain type; an optional field ({@code required: false}) is an optional value ({@code
 * optional_type(T)}), so the type checker makes every expression say what a blank answer means
 * ({@code x.orValue(0)}, {@code x.hasValue() && ...}). The period of the return is available as
 * {@code period_start} and {@code period_end}.
 */
public final class TemplateCompiler {

  // Heterogeneous comparisons let an integer be compared with a decimal (items <= fte * 10.0);
  // the iteration cap bounds list macros, so that no expression can run long.
  private static final CelOptions OPTIONS =
      CelOptions.current()
          .enableHeterogeneousNumericComparisons(true)
          .comprehensionMaxIterations(1000)
          .build();

  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder()
          .setOptions(OPTIONS)
          .addLibraries(CelOptionalLibrary.INSTANCE)
          .build();

  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'.*");

  private TemplateCompiler() {}

  /**
   * Compiles a template document.
   *
   * @param source where the document came from (a file path, an upload), named in problems
   * @throws InvalidTemplateException with every problem, if the document is not a valid template
   */
  public static CompiledTemplate compile(String source, String document, TemplateFormat format) {
    List<TemplateProblem> problems = new ArrayList<>();
    JsonNode root = parse(document, format, problems);
    TemplateDefinition definition = root == null ? null : new TemplateReader(problems).read(root);
    if (definition == null) {
      throw new InvalidTemplateException(source, problems);
    }
    Map<String, Field> fields = declaredFields(definition);
    CelCompiler cel = celFor(fields.values());
    List<CompiledRule> rules = new ArrayList<>();
    for (int i = 0; i < definition.rules().size(); i++) {
      Rule rule = definition.rules().get(i);
      String path = "rules[" + i + "].expression";
      Checked checked = check(cel, rule.expression(), path, fields, problems);
      if (checked != null && checked.ast().getResultType().kind() != CelKind.BOOL) {
        problems.add(
            new TemplateProblem(
                path,
                "must be a condition that is true or false, but it gives "
                    + CelTypes.format(checked.ast().getResultType())));
      } else if (checked != null) {
        rules.add(new CompiledRule(rule, checked.inputs(), checked.program(), fields));
      }
    }
    List<CompiledIndicator> indicators = new ArrayList<>();
    for (int i = 0; i < definition.indicators().size(); i++) {
      Indicator indicator = definition.indicators().get(i);
      String path = "indicators[" + i + "].expression";
      Checked checked = check(cel, indicator.expression(), path, fields, problems);
      if (checked != null && !isNumber(checked.ast().getResultType())) {
        problems.add(
            new TemplateProblem(
                path,
                "must give a number (or optional.none() when it does not apply), but it gives "
                    + CelTypes.format(checked.ast().getResultType())));
      } else if (checked != null) {
        indicators.add(
            new CompiledIndicator(indicator, checked.inputs(), checked.program(), fields));
      }
    }
    List<CompiledBreachRule> breachRules = new ArrayList<>();
    List<BreachRule> declaredBreachRules =
        definition.breachRules() == null ? List.of() : definition.breachRules();
    for (int i = 0; i < declaredBreachRules.size(); i++) {
      BreachRule rule = declaredBreachRules.get(i);
      String path = "breachRules[" + i + "].expression";
      Checked checked = check(cel, rule.expression(), path, fields, problems);
      if (checked != null && checked.ast().getResultType().kind() != CelKind.BOOL) {
        problems.add(
            new TemplateProblem(
                path,
                "must be a condition that is true when the return shows the breach, but it gives "
                    + CelTypes.format(checked.ast().getResultType())));
      } else if (checked != null) {
        breachRules.add(new CompiledBreachRule(rule, checked.inputs(), checked.program(), fields));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidTemplateException(source, problems);
    }
    return new CompiledTemplate(definition, fields, rules, indicators, breachRules);
  }

  private static JsonNode parse(String document, TemplateFormat format, List<TemplateProblem> out) {
    try {
      JsonNode root = document == null ? null : format.mapper().readTree(document);
      if (root == null || root.isMissingNode() || root.isNull()) {
        out.add(new TemplateProblem(TemplateProblem.DOCUMENT, "is empty"));
        return null;
      }
      int before = out.size();
      checkText(root, "", out);
      return out.size() == before ? root : null;
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      out.add(
          new TemplateProblem(
              TemplateProblem.DOCUMENT,
              "is not valid "
                  + format
                  + ": "
                  // Reading a tree, binding can only fail on what follows the document.
                  + (e instanceof MismatchedInputException
                      ? "there is content after the document ends"
                      : e.getOriginalMessage().lines().findFirst().orElse(""))
                  + where));
      return null;
    }
  }

  /**
   * Every text and key of the document must be storable ({@link TextRules}): a YAML escape such as
   * {@code "\0"} or a JSON {@code \u0000} decodes to a character PostgreSQL cannot hold.
   */
  private static void checkText(JsonNode node, String path, List<TemplateProblem> out) {
    if (node.isTextual()) {
      int index = TextRules.firstUnstorable(node.textValue());
      if (index >= 0) {
        out.add(
            new TemplateProblem(
                path.isEmpty() ? TemplateProblem.DOCUMENT : path,
                "holds "
                    + TextRules.describe(node.textValue(), index)
                    + ", which cannot be accepted (control characters, lone surrogates and"
                    + " non-characters are refused)"));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              member -> {
                String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (TextRules.firstUnstorable(member.getKey()) >= 0) {
                  out.add(
                      new TemplateProblem(
                          path.isEmpty() ? TemplateProblem.DOCUMENT : path,
                          "has a key that holds characters which cannot be accepted"));
                } else {
                  checkText(member.getValue(), at, out);
                }
              });
    }
  }

  /** The fields expressions can use: each field code once, in the order of the sections. */
  private static Map<String, Field> declaredFields(TemplateDefinition definition) {
    Map<String, Field> fields = new LinkedHashMap<>();
    definition.sections().stream()
        .flatMap(section -> section.fields().stream())
        .filter(field -> field.code() != null)
        .forEach(field -> fields.putIfAbsent(field.code(), field));
    return fields;
  }

  private static CelCompiler celFor(Iterable<Field> fields) {
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addLibraries(CelOptionalLibrary.INSTANCE)
            .addVar(TemplateReader.PERIOD_START, SimpleType.TIMESTAMP)
            .addVar(TemplateReader.PERIOD_END, SimpleType.TIMESTAMP);
    for (Field field : fields) {
      CelType type = celType(field.type());
      builder.addVar(field.code(), field.required() ? type : OptionalType.create(type));
    }
    return builder.build();
  }

  private static CelType celType(FieldType type) {
    if (type == null) {
      // The field's type is itself a problem already reported; dyn avoids a second, misleading one.
      return SimpleType.DYN;
    }
    return switch (type) {
      case INTEGER -> SimpleType.INT;
      case DECIMAL, PERCENTAGE -> SimpleType.DOUBLE;
      case BOOLEAN -> SimpleType.BOOL;
      case TEXT, SINGLE_CHOICE -> SimpleType.STRING;
      case DATE -> SimpleType.TIMESTAMP;
      case MULTIPLE_CHOICE -> ListType.create(SimpleType.STRING);
    };
  }

  private record Checked(CelAbstractSyntaxTree ast, Set<String> inputs, Program program) {}

  private static Checked check(
      CelCompiler cel,
      String expression,
      String path,
      Map<String, Field> fields,
      List<TemplateProblem> problems) {
    if (expression == null) {
      return null;
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = cel.compile(expression).getAst();
    } catch (CelValidationException e) {
      e.getErrors().forEach(issue -> problems.add(new TemplateProblem(path, describe(issue))));
      return null;
    }
    Set<String> inputs = inputs(ast, fields);
    if (inputs.stream().noneMatch(fields::containsKey)) {
      problems.add(new TemplateProblem(path, "uses no field of the template"));
      return null;
    }
    try {
      return new Checked(ast, inputs, RUNTIME.createProgram(ast));
    } catch (CelEvaluationException e) {
      problems.add(new TemplateProblem(path, "cannot be compiled: " + e.getMessage()));
      return null;
    }
  }

  /** The fields and period variables an expression reads, in the order the fields are declared. */
  private static Set<String> inputs(CelAbstractSyntaxTree ast, Map<String, Field> fields) {
    Set<String> referenced =
        ast.getReferenceMap().values().stream()
            .filter(reference -> reference.overloadIds().isEmpty())
            .map(reference -> reference.name())
            .collect(Collectors.toSet());
    Set<String> inputs = new LinkedHashSet<>();
    fields.keySet().stream().filter(referenced::contains).forEach(inputs::add);
    List.of(TemplateReader.PERIOD_START, TemplateReader.PERIOD_END).stream()
        .filter(referenced::contains)
        .forEach(inputs::add);
    return inputs;
  }

  private static boolean isNumber(CelType type) {
    CelType value = type instanceof OptionalType ? type.parameters().getFirst() : type;
    return value.kind() == CelKind.INT
        || value.kind() == CelKind.UINT
        || value.kind() == CelKind.DOUBLE;
  }

  private static String describe(CelIssue issue) {
    String message = issue.getMessage().replace(" (in container '')", "");
    Matcher undeclared = UNDECLARED.matcher(message);
    if (undeclared.matches()) {
      message =
          "refers to '"
              + undeclared.group(1)
              + "', which is neither a field of this template nor a function of the rule language";
    } else if (message.contains("optional_type")) {
      message +=
          "; an optional field may be blank: use x.orValue(...), or x.hasValue() && x.value()";
    }
    int line = issue.getSourceLocation().getLine();
    int column = issue.getSourceLocation().getColumn();
    return line > 0 ? message + " (line " + line + ", column " + (column + 1) + ")" : message;
  }
}
