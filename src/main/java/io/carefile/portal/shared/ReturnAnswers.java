package io.carefile.portal.shared;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A return's values as people read them on the portal: numbers with thousands separators and their
 * unit, yes or no, dates in words and the labels of the options chosen. Shared by the platform's
 * return pages and the analyst's review pages.
 */
@ApplicationScoped
public class ReturnAnswers {

  private final PortalMessages messages;

  ReturnAnswers(PortalMessages messages) {
    this.messages = messages;
  }

  /** One question and its answer, one line per option chosen; no lines when unanswered. */
  public record Answer(String field, String label, List<String> lines) {

    public boolean answered() {
      return !lines.isEmpty();
    }
  }

  /** A section's questions and answers, in the template's order. */
  public record SectionAnswers(String code, String title, List<Answer> answers) {}

  public List<SectionAnswers> bySection(TemplateDefinition template, Map<String, JsonNode> values) {
    return template.sections().stream()
        .map(
            section ->
                new SectionAnswers(
                    section.code(),
                    section.title(),
                    section.fields().stream()
                        .map(
                            field ->
                                new Answer(
                                    field.code(),
                                    field.label(),
                                    lines(field, values.get(field.code()))))
                        .toList()))
        .toList();
  }

  /** The value as text; blank values (absent or null) give no lines. */
  public List<String> lines(Field field, JsonNode value) {
    if (value == null || value.isNull()) {
      return List.of();
    }
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE ->
          List.of(withUnit(NumberFormats.formatted(value.decimalValue()), field));
      case BOOLEAN -> List.of(value.booleanValue() ? messages.answerYes() : messages.answerNo());
      case DATE -> List.of(messages.date(LocalDate.parse(value.asText())));
      case TEXT -> List.of(value.asText());
      case SINGLE_CHOICE -> List.of(optionLabel(field, value.asText()));
      case MULTIPLE_CHOICE -> {
        List<String> labels = new ArrayList<>();
        value.forEach(code -> labels.add(optionLabel(field, code.asText())));
        yield labels;
      }
    };
  }

  private static String withUnit(String number, Field field) {
    if (field.unit() == null) {
      return number;
    }
    return "%".equals(field.unit()) ? number + "%" : number + " " + field.unit();
  }

  private static String optionLabel(Field field, String code) {
    return field.allowedValues() == null
        ? code
        : field.allowedValues().stream()
            .filter(option -> option.code().equals(code))
            .map(AllowedValue::label)
            .findFirst()
            .orElse(code);
  }
}
