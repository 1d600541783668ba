package io.carefile.filing.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.carefile.template.definition.FieldType;
import io.carefile.template.definition.RuleSeverity;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.validation.FieldCheck;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads an answer cell as its field's value, as stored and never evaluated: a number as the digits
 * written (so decimals stay exact), text as typed, a date from its serial number, a choice from its
 * label or code. What cannot be a value is a finding on the field, as the API's own reading makes
 * one: a formula ({@link #FORMULA}), or a value of the wrong type.
 */
final class CellReading {

  /** A formula where a value belongs: never evaluated, so never a value. */
  static final String FORMULA = "SHEET-FORMULA";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** A cell's value, or the finding that it has none. */
  record Read(JsonNode value, Finding problem) {}

  private CellReading() {}

  static Read read(Field field, SheetCell cell, boolean date1904) {
    if (cell.formula()) {
      return problem(
          FORMULA,
          field,
          "‘"
              + field.label()
              + "’ holds a formula in "
              + cell.reference()
              + ": type the value itself");
    }
    JsonNode value =
        switch (cell.kind()) {
          case BLANK -> NullNode.getInstance();
          case ERROR -> null;
          case NUMBER -> number(field, cell.text(), date1904);
          case BOOLEAN ->
              switch (field.type()) {
                case BOOLEAN -> NODES.booleanNode("1".equals(cell.text()));
                case TEXT -> NODES.textNode("1".equals(cell.text()) ? "TRUE" : "FALSE");
                default -> null;
              };
          case TEXT -> text(field, cell.text());
        };
    if (value == null) {
      return problem(FieldCheck.TYPE, field, ReturnValues.typeMessage(field));
    }
    return new Read(value, null);
  }

  private static JsonNode number(Field field, String written, boolean date1904) {
    BigDecimal number;
    try {
      number = new BigDecimal(written);
    } catch (NumberFormatException e) {
      return null;
    }
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE -> NODES.numberNode(number);
      case DATE -> date(number, date1904);
      case TEXT -> NODES.textNode(number.stripTrailingZeros().toPlainString());
      case BOOLEAN, SINGLE_CHOICE, MULTIPLE_CHOICE -> null;
    };
  }

  /** A date cell holds its day's number, counted from 1900 or, in older Mac workbooks, 1904. */
  private static JsonNode date(BigDecimal serial, boolean date1904) {
    if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      return null;
    }
    LocalDate day = DateUtil.getLocalDateTime(serial.doubleValue(), date1904).toLocalDate();
    return NODES.textNode(day.toString());
  }

  private static JsonNode text(Field field, String typed) {
    List<String> entered =
        switch (field.type()) {
          case SINGLE_CHOICE -> List.of(codeOf(field, typed.strip()));
          case MULTIPLE_CHOICE ->
              Arrays.stream(typed.split(";"))
                  .map(String::strip)
                  .map(t -> codeOf(field, t))
                  .toList();
          default -> List.of(typed);
        };
    if (field.type() == FieldType.TEXT) {
      return typed.isBlank() ? NullNode.getInstance() : NODES.textNode(typed);
    }
    return ReturnValues.fromText(field, entered);
  }

  /** A choice as its code, from its label or its code; anything else as typed, for the checks. */
  private static String codeOf(Field field, String typed) {
    if (field.allowedValues() == null) {
      return typed;
    }
    return field.allowedValues().stream()
        .filter(option -> option.label().equals(typed) || option.code().equals(typed))
        .map(AllowedValue::code)
        .findFirst()
        .orElse(typed);
  }

  private static Read problem(String ruleId, Field field, String message) {
    return new Read(
        null,
        new Finding(
            ruleId + "/" + field.code(),
            ruleId,
            RuleSeverity.ERROR,
            List.of(field.code()),
            message));
  }
}
