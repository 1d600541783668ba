package io.carefile.register;

import io.carefile.common.text.FormulaText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table written as CSV (RFC 4180): records end with CRLF, the first is the header, a field
 * holding a comma, a double quote, CR or LF is quoted with its quotes doubled, and the whole is
 * UTF-8. A field that a spreadsheet would take as a formula (one starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, tab or CR) is written with an apostrophe before it, so that Excel,
 * LibreOffice and Google Sheets show it as text and never run it. An empty or absent field is
 * empty.
 */
public final class CsvTable {

  private static final String CRLF = "\r\n";

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** One record; null fields are written empty. */
  public CsvTable row(List<String> fields) {
    if (fields.size() != header.size()) {
      throw new IllegalArgumentException(
          "A record has " + fields.size() + " fields, the header " + header.size());
    }
    rows.add(new ArrayList<>(fields));
    return this;
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    write(out, header);
    rows.forEach(row -> write(out, row));
    return out.toString();
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  /** One field as a record holds it: neutralised and, when it must be, quoted. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = FormulaText.startsLikeFormula(value) ? "'" + value : value;
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\r') < 0
        && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
