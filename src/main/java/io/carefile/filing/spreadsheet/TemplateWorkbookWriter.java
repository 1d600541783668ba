package io.carefile.filing.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.filing.spreadsheet.WorkbookLayout.Place;
import io.carefile.filing.spreadsheet.WorkbookLayout.SectionSheet;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.FieldType;
import io.carefile.template.definition.NumberRange;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Field;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookProtection;

/**
 * Writes a template's workbook: instructions, one protected input sheet per section with typed and
 * validated answer cells, the choices and the metadata on very hidden sheets. Prefilled with a
 * draft's values, and, for a workbook sent back, its cells at fault marked in red with a comment
 * each and listed on an Errors sheet that links to them. A workbook is a few kilobytes, so it is
 * built in memory.
 */
final class TemplateWorkbookWriter {

  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String YES = "Yes";
  private static final String NO = "No";
  private static final String MULTIPLE_CHOICE_SEPARATOR = "; ";
  private static final BigDecimal LARGEST_DECIMAL = new BigDecimal("999999999999999");
  private static final int MOST_PROMPT_CHARACTERS = 250;

  /** What a workbook holds besides its template: values and, when sent back, what is wrong. */
  record Content(
      Map<String, JsonNode> values, Map<String, String> unreadText, List<CellFinding> findings) {

    static Content of(Map<String, JsonNode> values) {
      return new Content(values, Map.of(), List.of());
    }
  }

  /** What the instructions say the workbook is for. */
  record Purpose(String title, List<String> lines) {}

  private final CompiledTemplate template;
  private final WorkbookLayout layout;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Styles styles;
  private final Map<String, String> choiceRanges = new HashMap<>();

  private TemplateWorkbookWriter(CompiledTemplate template, WorkbookLayout layout) {
    this.template = template;
    this.layout = layout;
    this.styles = new Styles(workbook);
  }

  static byte[] write(
      CompiledTemplate template,
      WorkbookLayout layout,
      WorkbookMetadata metadata,
      Purpose purpose,
      Content content) {
    TemplateWorkbookWriter writer = new TemplateWorkbookWriter(template, layout);
    return writer.build(metadata, purpose, content);
  }

  private byte[] build(WorkbookMetadata metadata, Purpose purpose, Content content) {
    try (workbook) {
      String password = randomPassword();
      writeInstructions(purpose);
      if (!content.findings().isEmpty()) {
        writeErrors(content.findings());
      }
      XSSFSheet choices = writeChoices();
      for (SectionSheet section : layout.sheets()) {
        writeSection(section, content);
      }
      XSSFSheet hiddenMetadata = writeMetadata(metadata);
      workbook.setSheetVisibility(workbook.getSheetIndex(choices), SheetVisibility.VERY_HIDDEN);
      workbook.setSheetVisibility(
          workbook.getSheetIndex(hiddenMetadata), SheetVisibility.VERY_HIDDEN);
      metadata
          .entries()
          .forEach(
              (name, value) ->
                  workbook.getProperties().getCustomProperties().addProperty(name, value));
      workbook.setActiveSheet(content.findings().isEmpty() ? 0 : 1);
      protect(password);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Locks every sheet and the workbook's structure with a SHA-512 hash of the password. The hash is
   * salted and spun 100,000 times, as Excel does; it is computed once, on the first sheet, and its
   * salt and digest shared by the others, which are locked with the same password.
   */
  private void protect(String password) {
    XSSFSheet first = workbook.getSheetAt(0);
    first.protectSheet(password);
    first.setSheetPassword(password, HashAlgorithm.sha512);
    CTSheetProtection hashed = first.getCTWorksheet().getSheetProtection();
    // Drop the legacy 16-bit hash protectSheet writes; keep only the SHA-512 one.
    hashed.unsetPassword();
    for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      sheet.protectSheet(password);
      CTSheetProtection protection = sheet.getCTWorksheet().getSheetProtection();
      protection.unsetPassword();
      protection.setAlgorithmName(hashed.getAlgorithmName());
      protection.setHashValue(hashed.getHashValue());
      protection.setSaltValue(hashed.getSaltValue());
      protection.setSpinCount(hashed.getSpinCount());
    }
    workbook.lockStructure();
    CTWorkbookProtection structure = workbook.getCTWorkbook().getWorkbookProtection();
    structure.setWorkbookAlgorithmName(hashed.getAlgorithmName());
    structure.setWorkbookHashValue(hashed.getHashValue());
    structure.setWorkbookSaltValue(hashed.getSaltValue());
    structure.setWorkbookSpinCount(hashed.getSpinCount());
  }

  /**
   * Each workbook is locked with its own random password, kept nowhere: the protection keeps people
   * from breaking the layout by accident, and the server checks every upload whatever was changed.
   */
  private static String randomPassword() {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private void writeInstructions(Purpose purpose) {
    XSSFSheet sheet = workbook.createSheet(WorkbookLayout.INSTRUCTIONS);
    sheet.setColumnWidth(0, 110 * 256);
    int row = 0;
    text(sheet, row++, 0, purpose.title(), styles.title);
    text(sheet, row++, 0, template.definition().title(), styles.wrapped);
    row++;
    for (String line : purpose.lines()) {
      text(sheet, row++, 0, line, styles.wrapped);
    }
    row++;
    List<String> steps =
        List.of(
            "1. Each section of the return has its own sheet, named after it. Answer each question"
                + " in the yellow cell of column C; leave a cell empty for a question you do not"
                + " answer yet.",
            "2. Whole numbers, decimals, percentages (from 0 to 100) and dates (YYYY-MM-DD) are"
                + " checked as you type. Choose yes or no, and single choices, from the cell's list.",
            "3. Where several options may be chosen, write them in the one cell separated by"
                + " semicolons, for example: "
                + exampleChoices(),
            "4. Type values, not formulas: a formula in an answer cell is refused.",
            "5. Upload the saved workbook to Carefile on the return's page, or to"
                + " /api/v1/obligations/{id}/workbook. Carefile checks every value again and saves"
                + " the draft; submitting it is a separate step.",
            "6. If Carefile finds problems it names each cell, and it can send this workbook back"
                + " with those cells marked in red and listed on an Errors sheet.",
            "Do not change the sheets' names or move their rows: Carefile finds each answer by its"
                + " place and refuses a workbook whose layout was changed. A workbook is for one"
                + " return; after the return changes, download a new one.");
    text(sheet, row++, 0, "How to fill in this workbook", styles.header);
    for (String step : steps) {
      text(sheet, row++, 0, step, styles.wrapped);
    }
  }

  private String exampleChoices() {
    return template.fields().values().stream()
        .filter(field -> field.type() == FieldType.MULTIPLE_CHOICE)
        .findFirst()
        .map(
            field ->
                field.allowedValues().stream()
                    .limit(2)
                    .map(AllowedValue::label)
                    .collect(Collectors.joining(MULTIPLE_CHOICE_SEPARATOR)))
        .orElse("First option" + MULTIPLE_CHOICE_SEPARATOR + "Second option");
  }

  private void writeErrors(List<CellFinding> findings) {
    XSSFSheet sheet = workbook.createSheet(WorkbookLayout.ERRORS);
    int[] widths = {28, 40, 18, 12, 90};
    for (int column = 0; column < widths.length; column++) {
      sheet.setColumnWidth(column, widths[column] * 256);
    }
    Row header = sheet.createRow(0);
    List<String> titles = List.of("Cell", "Field", "Rule", "Severity", "What is wrong");
    for (int column = 0; column < titles.size(); column++) {
      text(header, column, titles.get(column), styles.header);
    }
    sheet.createFreezePane(0, 1);
    int row = 1;
    for (CellFinding finding : findings) {
      List<String> cells = finding.cells().isEmpty() ? List.of("") : finding.cells();
      for (int i = 0; i < cells.size(); i++) {
        Row line = sheet.createRow(row++);
        XSSFCell cell = (XSSFCell) text(line, 0, cells.get(i), styles.link);
        if (!cells.get(i).isEmpty()) {
          XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
          link.setAddress(cells.get(i));
          cell.setHyperlink(link);
        }
        String field = i < finding.fields().size() ? finding.fields().get(i) : "";
        text(line, 1, labelOf(field), styles.wrapped);
        text(line, 2, finding.ruleId(), styles.plainText);
        text(line, 3, finding.severity().name(), styles.plainText);
        text(line, 4, finding.message(), styles.wrapped);
      }
    }
  }

  private String labelOf(String fieldCode) {
    Field field = template.fields().get(fieldCode);
    return field == null ? fieldCode : field.label();
  }

  private XSSFSheet writeChoices() {
    XSSFSheet sheet = workbook.createSheet(WorkbookLayout.CHOICES);
    text(sheet, 0, 0, YES, styles.plainText);
    text(sheet, 1, 0, NO, styles.plainText);
    choiceRanges.put(FieldType.BOOLEAN.code(), rangeOf(0, 2));
    int column = 1;
    for (Field field : template.fields().values()) {
      if (field.type() == FieldType.SINGLE_CHOICE && !field.allowedValues().isEmpty()) {
        List<AllowedValue> options = field.allowedValues();
        for (int i = 0; i < options.size(); i++) {
          text(sheet, i, column, options.get(i).label(), styles.plainText);
        }
        choiceRanges.put(field.code(), rangeOf(column, options.size()));
        column++;
      }
    }
    return sheet;
  }

  private static String rangeOf(int column, int rows) {
    String letter = WorkbookLayout.columnLetter(column);
    return WorkbookLayout.quoted(WorkbookLayout.CHOICES)
        + "!$"
        + letter
        + "$1:$"
        + letter
        + "$"
        + rows;
  }

  private void writeSection(SectionSheet section, Content content) {
    XSSFSheet sheet = workbook.createSheet(section.name());
    int[] widths = {30, 55, 26, 12, 90};
    for (int column = 0; column < widths.length; column++) {
      sheet.setColumnWidth(column, widths[column] * 256);
    }
    text(sheet, 0, 0, section.section().title(), styles.title);
    if (section.section().description() != null) {
      text(sheet, 1, 0, section.section().description(), styles.plainText);
    }
    Row header = sheet.createRow(WorkbookLayout.HEADER_ROW);
    List<String> titles = List.of("Field code", "Question", "Answer", "Unit", "Guidance");
    for (int column = 0; column < titles.size(); column++) {
      text(header, column, titles.get(column), styles.header);
    }
    sheet.createFreezePane(0, WorkbookLayout.FIRST_FIELD_ROW);
    Map<Integer, List<CellFinding>> findingsByRow = findingsByRow(section, content.findings());
    XSSFDrawing drawing = findingsByRow.isEmpty() ? null : sheet.createDrawingPatriarch();
    XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
    for (Place place : section.places()) {
      Field field = place.field();
      Row row = sheet.createRow(place.row());
      text(row, WorkbookLayout.CODE_COLUMN, field.code(), styles.code);
      text(
          row,
          WorkbookLayout.QUESTION_COLUMN,
          field.label() + (field.required() ? "" : " (optional)"),
          styles.wrapped);
      text(row, WorkbookLayout.UNIT_COLUMN, unitOf(field), styles.plainText);
      text(
          row,
          WorkbookLayout.GUIDANCE_COLUMN,
          field.help() == null ? "" : field.help(),
          styles.wrapped);
      List<CellFinding> atFault = findingsByRow.getOrDefault(place.row(), List.of());
      Cell answer = row.createCell(WorkbookLayout.ANSWER_COLUMN);
      writeAnswer(answer, field, content, !atFault.isEmpty());
      if (!atFault.isEmpty()) {
        comment(drawing, answer, atFault);
      }
      validate(validations, sheet, place);
    }
  }

  private String unitOf(Field field) {
    if (field.type() == FieldType.PERCENTAGE) {
      return "%";
    }
    return field.unit() == null ? "" : field.unit();
  }

  private Map<Integer, List<CellFinding>> findingsByRow(
      SectionSheet section, List<CellFinding> findings) {
    Map<String, Integer> rowsByCell = new HashMap<>();
    section.places().forEach(place -> rowsByCell.put(place.reference(), place.row()));
    Map<Integer, List<CellFinding>> byRow = new LinkedHashMap<>();
    for (CellFinding finding : findings) {
      for (String cell : finding.cells()) {
        Integer row = rowsByCell.get(cell);
        if (row != null) {
          byRow.computeIfAbsent(row, ignored -> new ArrayList<>()).add(finding);
        }
      }
    }
    return byRow;
  }

  private void writeAnswer(Cell answer, Field field, Content content, boolean atFault) {
    String unread = content.unreadText().get(field.code());
    JsonNode value = content.values().get(field.code());
    if (unread != null) {
      answer.setCellValue(unread);
      answer.setCellStyle(styles.answer(FieldType.TEXT, atFault));
      return;
    }
    answer.setCellStyle(styles.answer(field.type(), atFault));
    if (value == null || value.isNull()) {
      return;
    }
    switch (field.type()) {
      case INTEGER, DECIMAL, PERCENTAGE -> answer.setCellValue(value.decimalValue().doubleValue());
      case DATE -> answer.setCellValue(LocalDate.parse(value.asText()));
      case BOOLEAN -> answer.setCellValue(value.asBoolean() ? YES : NO);
      case TEXT -> answer.setCellValue(value.asText());
      case SINGLE_CHOICE -> answer.setCellValue(labelOf(field, value.asText()));
      case MULTIPLE_CHOICE -> {
        List<String> labels = new ArrayList<>();
        value.forEach(code -> labels.add(labelOf(field, code.asText())));
        answer.setCellValue(String.join(MULTIPLE_CHOICE_SEPARATOR, labels));
      }
    }
  }

  private static String labelOf(Field field, String code) {
    return field.allowedValues() == null
        ? code
        : field.allowedValues().stream()
            .filter(option -> option.code().equals(code))
            .map(AllowedValue::label)
            .findFirst()
            .orElse(code);
  }

  private void comment(XSSFDrawing drawing, Cell answer, List<CellFinding> findings) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(WorkbookLayout.ANSWER_COLUMN + 1);
    anchor.setCol2(WorkbookLayout.ANSWER_COLUMN + 4);
    anchor.setRow1(answer.getRowIndex());
    anchor.setRow2(answer.getRowIndex() + 5);
    XSSFComment comment = drawing.createCellComment(anchor);
    comment.setAuthor("Carefile");
    comment.setString(
        new XSSFRichTextString(
            findings.stream()
                .map(finding -> finding.ruleId() + ": " + finding.message())
                .distinct()
                .collect(Collectors.joining("\n"))));
    answer.setCellComment(comment);
  }

  /** Checks Excel makes as the cell is typed in; the server makes its own on upload. */
  private void validate(XSSFDataValidationHelper helper, XSSFSheet sheet, Place place) {
    Field field = place.field();
    DataValidationConstraint constraint =
        switch (field.type()) {
          case INTEGER ->
              helper.createIntegerConstraint(
                  OperatorType.BETWEEN,
                  bound(field.min(), NumberRange.LARGEST_WHOLE_NUMBER.negate()),
                  bound(field.max(), NumberRange.LARGEST_WHOLE_NUMBER));
          case DECIMAL ->
              helper.createDecimalConstraint(
                  OperatorType.BETWEEN,
                  bound(field.min(), LARGEST_DECIMAL.negate()),
                  bound(field.max(), LARGEST_DECIMAL));
          case PERCENTAGE ->
              helper.createDecimalConstraint(
                  OperatorType.BETWEEN,
                  bound(field.min(), BigDecimal.ZERO),
                  bound(field.max(), BigDecimal.valueOf(100)));
          case DATE ->
              helper.createDateConstraint(
                  OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(9999,12,31)", null);
          case BOOLEAN ->
              helper.createFormulaListConstraint(choiceRanges.get(FieldType.BOOLEAN.code()));
          case SINGLE_CHOICE ->
              choiceRanges.containsKey(field.code())
                  ? helper.createFormulaListConstraint(choiceRanges.get(field.code()))
                  : null;
          case TEXT ->
              field.maxLength() == null
                  ? null
                  : helper.createTextLengthConstraint(
                      OperatorType.LESS_OR_EQUAL, field.maxLength().toString(), null);
          case MULTIPLE_CHOICE -> null;
        };
    if (constraint == null) {
      return;
    }
    int row = place.row();
    DataValidation validation =
        helper.createValidation(
            constraint,
            new CellRangeAddressList(
                row, row, WorkbookLayout.ANSWER_COLUMN, WorkbookLayout.ANSWER_COLUMN));
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.setShowErrorBox(true);
    validation.createErrorBox("Not an answer to this question", prompt(ruleOf(field)));
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  private static String ruleOf(Field field) {
    return switch (field.type()) {
      case INTEGER -> "Enter a whole number" + range(field);
      case DECIMAL -> "Enter a number" + range(field);
      case PERCENTAGE -> "Enter a percentage from 0 to 100" + range(field);
      case DATE -> "Enter a date, written as YYYY-MM-DD";
      case BOOLEAN -> "Choose Yes or No from the list";
      case SINGLE_CHOICE -> "Choose one of the options from the list";
      case TEXT -> "Enter at most " + field.maxLength() + " characters";
      case MULTIPLE_CHOICE -> "";
    };
  }

  private static String range(Field field) {
    if (field.min() != null && field.max() != null) {
      return " from " + field.min().toPlainString() + " to " + field.max().toPlainString();
    }
    if (field.min() != null) {
      return " of " + field.min().toPlainString() + " or more";
    }
    return field.max() == null ? "" : " of " + field.max().toPlainString() + " or less";
  }

  private static String prompt(String text) {
    return text.length() <= MOST_PROMPT_CHARACTERS
        ? text
        : text.substring(0, MOST_PROMPT_CHARACTERS - 1) + "…";
  }

  private static String bound(BigDecimal templateBound, BigDecimal otherwise) {
    return (templateBound == null ? otherwise : templateBound).toPlainString();
  }

  private XSSFSheet writeMetadata(WorkbookMetadata metadata) {
    XSSFSheet sheet = workbook.createSheet(WorkbookLayout.METADATA);
    int row = 0;
    for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
      text(sheet, row, 0, entry.getKey(), styles.plainText);
      text(sheet, row, 1, entry.getValue(), styles.plainText);
      row++;
    }
    return sheet;
  }

  private static void text(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
    Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    text(line, column, text, style);
  }

  /** Text as text: the quote prefix keeps Excel and LibreOffice from reading it as a formula. */
  private static Cell text(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    cell.setCellValue(text);
    return cell;
  }

  /** The workbook's cell styles, each made once. */
  private static final class Styles {

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle plainText;
    private final CellStyle wrapped;
    private final CellStyle code;
    private final CellStyle link;
    private final Map<String, CellStyle> answers = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font large = workbook.createFont();
      large.setBold(true);
      large.setFontHeightInPoints((short) 14);
      plainText = textStyle();
      title = textStyle();
      title.setFont(large);
      header = textStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      wrapped = textStyle();
      wrapped.setWrapText(true);
      code = textStyle();
      code.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      code.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font underlined = workbook.createFont();
      underlined.setUnderline(Font.U_SINGLE);
      underlined.setColor(IndexedColors.BLUE.getIndex());
      link = textStyle();
      link.setFont(underlined);
    }

    private CellStyle textStyle() {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("@"));
      style.setQuotePrefixed(true);
      return style;
    }

    /** An answer cell: unlocked, formatted for its type, red when it is at fault. */
    CellStyle answer(FieldType type, boolean atFault) {
      return answers.computeIfAbsent(
          type.code() + "/" + atFault,
          key -> {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(false);
            style.setWrapText(type == FieldType.TEXT || type == FieldType.MULTIPLE_CHOICE);
            style.setDataFormat(workbook.createDataFormat().getFormat(formatOf(type)));
            if (!type.isNumeric() && type != FieldType.DATE) {
              style.setQuotePrefixed(true);
            }
            style.setFillForegroundColor(
                atFault ? IndexedColors.RED.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
          });
    }

    private static String formatOf(FieldType type) {
      return switch (type) {
        case INTEGER -> "0";
        case DECIMAL, PERCENTAGE -> "General";
        case DATE -> "yyyy-mm-dd";
        case BOOLEAN, TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE -> "@";
      };
    }
  }
}
