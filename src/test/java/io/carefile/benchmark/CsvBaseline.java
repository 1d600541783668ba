package io.carefile.benchmark;

import io.carefile.export.Column;
import io.carefile.register.CsvTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The same rows written as CSV, for the export benchmark's comparison: what a fair CSV export of
 * the declared columns would do, streamed through one buffered writer. Text goes through the public
 * register's rule ({@link CsvTable#field}: quoting, and an apostrophe before text a spreadsheet
 * would evaluate); numbers, dates (ISO) and instants (Europe/London, to the second) are formatted
 * as their cells show them, so both sides format every value.
 */
final class CsvBaseline {

  private static final DateTimeFormatter LONDON_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private CsvBaseline() {}

  static <R> void write(List<Column<R>> columns, Iterable<R> rows, OutputStream out)
      throws IOException {
    try (Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(CsvTable.field(columns.get(i).header()));
      }
      writer.write("\r\n");
      for (R row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            writer.write(',');
          }
          Column<R> column = columns.get(i);
          Object value = column.value().apply(row);
          if (value != null) {
            writer.write(formatted(column, value));
          }
        }
        writer.write("\r\n");
      }
    }
  }

  private static String formatted(Column<?> column, Object value) {
    return switch (column.type()) {
      case DATE_TIME -> LONDON_TIME.format((Instant) value);
      case BOOLEAN -> (Boolean) value ? "TRUE" : "FALSE";
      case DECIMAL, MONEY ->
          value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
      case INTEGER, DATE -> value.toString();
      case TEXT, VALUE -> CsvTable.field(value.toString());
    };
  }
}
