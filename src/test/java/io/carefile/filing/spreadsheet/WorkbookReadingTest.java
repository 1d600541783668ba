package io.carefile.filing.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.filing.spreadsheet.SheetCell.Kind;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateCompiler;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a sheet's cells become a return's values, and where a template's questions sit: plain Java,
 * no application. Every cell is read as stored; what cannot be a value is a finding.
 */
class WorkbookReadingTest {

  private static final CompiledTemplate TEMPLATE =
      TemplateCompiler.compile(
          "test",
          """
          code: T-SHEET
          version: 1
          title: Sheets
          periodType: ANNUAL
          dueOffsetDays: 60
          categories: [CORE]
          sections:
            - code: main
              title: "Detection: [first] / second?"
              fields:
                - {code: count, label: Count, type: integer}
                - {code: share, label: Share, type: percentage}
                - {code: amount, label: Amount, type: decimal}
                - {code: enabled, label: Enabled, type: boolean}
                - {code: note, label: Note, type: text, required: false, maxLength: 200}
                - {code: assessed_on, label: Assessed on, type: date}
                - code: level
                  label: Level
                  type: single_choice
                  allowedValues: [{code: LOW, label: Low risk}, {code: HIGH, label: High risk}]
                - code: lists
                  label: Lists
                  type: multiple_choice
                  allowedValues: [{code: IWF, label: IWF list}, {code: CAID, label: CAID list}]
            - code: errors
              title: Errors
              fields:
                - {code: other, label: Other, type: integer}
            - code: again
              title: "Detection: [first] / second?"
              fields:
                - {code: more, label: More, type: integer}
          """,
          TemplateFormat.YAML);

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("count", Kind.NUMBER, "250", false, "250"),
        Arguments.of("count", Kind.TEXT, "1,250", false, "1250"),
        Arguments.of("count", Kind.BLANK, "", false, "null"),
        Arguments.of("amount", Kind.NUMBER, "0.1", false, "0.1"),
        Arguments.of("amount", Kind.NUMBER, "1.5E-3", false, "0.0015"),
        Arguments.of("share", Kind.TEXT, "98.5%", false, "98.5"),
        Arguments.of("enabled", Kind.TEXT, "Yes", false, "true"),
        Arguments.of("enabled", Kind.BOOLEAN, "0", false, "false"),
        Arguments.of("note", Kind.NUMBER, "12.50", false, "\"12.5\""),
        Arguments.of("note", Kind.TEXT, "=HYPERLINK(\"x\")", false, "\"=HYPERLINK(\\\"x\\\")\""),
        Arguments.of("assessed_on", Kind.NUMBER, "45901", false, "\"2025-09-01\""),
        Arguments.of("assessed_on", Kind.TEXT, "2025-09-01", false, "\"2025-09-01\""),
        Arguments.of("level", Kind.TEXT, "High risk", false, "\"HIGH\""),
        Arguments.of("level", Kind.TEXT, "LOW", false, "\"LOW\""),
        Arguments.of("lists", Kind.TEXT, "IWF list; CAID", false, "[\"IWF\",\"CAID\"]"),
        Arguments.of("count", Kind.TEXT, "many", false, "FIELD-TYPE"),
        Arguments.of("count", Kind.ERROR, "#DIV/0!", false, "FIELD-TYPE"),
        Arguments.of("enabled", Kind.NUMBER, "1", false, "FIELD-TYPE"),
        Arguments.of("assessed_on", Kind.NUMBER, "0", false, "FIELD-TYPE"),
        Arguments.of("count", Kind.NUMBER, "250", true, "SHEET-FORMULA"),
        Arguments.of("note", Kind.TEXT, "cached", true, "SHEET-FORMULA"));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" formula={3} → {4}")
  @MethodSource("cells")
  void aCellIsReadAsItsFieldsValueOrAFinding(
      String code, Kind kind, String text, boolean formula, String expected) {
    Field field = TEMPLATE.fields().get(code);
    CellReading.Read read =
        CellReading.read(field, new SheetCell("'Main'!C5", kind, text, formula), false);

    if (read.problem() != null) {
      assertThat(read.problem().ruleId()).isEqualTo(expected);
      assertThat(read.problem().fields()).containsExactly(code);
    } else {
      JsonNode value = read.value();
      assertThat(value.toString()).isEqualTo(expected);
    }
  }

  @Test
  void aDateInThe1904SystemIsFourYearsAndADayLater() {
    Field field = TEMPLATE.fields().get("assessed_on");
    CellReading.Read read =
        CellReading.read(field, new SheetCell("'Main'!C9", Kind.NUMBER, "44439", false), true);

    assertThat(read.value().asText()).isEqualTo("2025-09-01");
  }

  @Test
  void sheetsAreNamedAsExcelAllowsAndNeverClash() {
    WorkbookLayout layout = WorkbookLayout.of(TEMPLATE);

    assertThat(layout.sheets())
        .extracting(WorkbookLayout.SectionSheet::name)
        .containsExactly("Detection first second", "Errors (2)", "Detection first second (2)");
    assertThat(layout.placeOf("count").reference()).isEqualTo("'Detection first second'!C5");
    assertThat(layout.placeOf("lists").reference()).isEqualTo("'Detection first second'!C12");
    assertThat(layout.placeOf("other").reference()).isEqualTo("'Errors (2)'!C5");
    assertThat(layout.referencesOf(List.of("more", "missing", "count")))
        .containsExactly("'Detection first second (2)'!C5", "'Detection first second'!C5");
  }

  @Test
  void namesAreQuotedAndColumnsLetteredAsExcelDoes() {
    assertThat(WorkbookLayout.quoted("It's")).isEqualTo("'It''s'");
    assertThat(WorkbookLayout.columnLetter(0)).isEqualTo("A");
    assertThat(WorkbookLayout.columnLetter(26)).isEqualTo("AA");
    assertThat(WorkbookLayout.columnLetter(51)).isEqualTo("AZ");
  }
}
