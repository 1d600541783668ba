package io.carefile.filing.spreadsheet;

import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.template.definition.TemplateDefinition.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a template's questions sit in its workbook: one sheet per section, named for it, and one
 * row per field below a header, its answer in column C. Writing and reading both follow it, so an
 * upload is read by position and checked against the field code each row names in column A.
 */
final class WorkbookLayout {

  static final String INSTRUCTIONS = "Instructions";
  static final String ERRORS = "Errors";
  static final String CHOICES = "Choices";
  static final String METADATA = "Metadata";

  /** Zero-based: the header row, the first field's row, and the columns of a field's row. */
  static final int HEADER_ROW = 3;

  static final int FIRST_FIELD_ROW = 4;
  static final int CODE_COLUMN = 0;
  static final int QUESTION_COLUMN = 1;
  static final int ANSWER_COLUMN = 2;
  static final int UNIT_COLUMN = 3;
  static final int GUIDANCE_COLUMN = 4;

  private static final int LONGEST_SHEET_NAME = 31;
  private static final Set<String> RESERVED =
      Set.of(INSTRUCTIONS, ERRORS, CHOICES, METADATA).stream()
          .map(name -> name.toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());

  /** One field's answer cell. {@code row} is zero-based. */
  record Place(Field field, String sheet, int row) {

    /** The cell as Excel names it: {@code 'Detection'!C5}. */
    String reference() {
      return quoted(sheet) + "!" + columnLetter(ANSWER_COLUMN) + (row + 1);
    }
  }

  record SectionSheet(Section section, String name, List<Place> places) {}

  private final List<SectionSheet> sheets;
  private final Map<String, Place> byField;

  private WorkbookLayout(List<SectionSheet> sheets) {
    this.sheets = List.copyOf(sheets);
    Map<String, Place> places = new LinkedHashMap<>();
    sheets.forEach(
        sheet -> sheet.places().forEach(place -> places.put(place.field().code(), place)));
    this.byField = places;
  }

  static WorkbookLayout of(CompiledTemplate template) {
    List<SectionSheet> sheets = new ArrayList<>();
    Set<String> taken = new HashSet<>(RESERVED);
    for (Section section : template.definition().sections()) {
      String name = uniqueName(section.title(), taken);
      List<Place> places = new ArrayList<>();
      for (int i = 0; i < section.fields().size(); i++) {
        places.add(new Place(section.fields().get(i), name, FIRST_FIELD_ROW + i));
      }
      sheets.add(new SectionSheet(section, name, places));
    }
    return new WorkbookLayout(sheets);
  }

  List<SectionSheet> sheets() {
    return sheets;
  }

  Place placeOf(String fieldCode) {
    return byField.get(fieldCode);
  }

  /** The answer cells of the fields named, in that order, skipping any the template lacks. */
  List<String> referencesOf(List<String> fieldCodes) {
    return fieldCodes.stream()
        .filter(byField::containsKey)
        .map(code -> byField.get(code).reference())
        .toList();
  }

  /** Excel's name of a zero-based column: 0 is A, 26 is AA. */
  static String columnLetter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
      letters.insert(0, (char) ('A' + (rest - 1) % 26));
    }
    return letters.toString();
  }

  /** A sheet name as a formula or reference quotes it, an apostrophe doubled. */
  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }

  /**
   * A section's title as a sheet name Excel accepts: without {@code []:*?/\}, at most 31
   * characters, not beginning or ending with an apostrophe, and unlike every other sheet's name.
   */
  private static String uniqueName(String title, Set<String> taken) {
    String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
    base = base.replaceAll("^'+|'+$", "").strip();
    if (base.isEmpty()) {
      base = "Section";
    }
    String name = truncated(base, LONGEST_SHEET_NAME);
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = truncated(base, LONGEST_SHEET_NAME - suffix.length()).strip() + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static String truncated(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
