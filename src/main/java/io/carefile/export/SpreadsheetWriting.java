package io.carefile.export;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes a source's rows into the one Excel writer, a page of the list at a time (the list's own
 * largest page), so that neither the rows nor the sheet are ever held whole; only the finished,
 * compressed workbook is. A one-record export's sheets are written as given.
 */
final class SpreadsheetWriting {

  private SpreadsheetWriting() {}

  /**
   * @param progress told the rows written after each page
   */
  static <R, F> byte[] write(
      ExportSource<R, F> source,
      F filter,
      ExportAbout about,
      int rowWindow,
      LongConsumer progress) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelWriter writer = new ExcelWriter(rowWindow)) {
      ExcelWriter.DataSheet<R> sheet = writer.sheet(source.title(), source.columns());
      for (int number = 1; ; number++) {
        Page<R> page = source.page(filter, PageRequest.of(number, PageRequest.MAX_SIZE));
        page.items().forEach(sheet::add);
        progress.accept(sheet.rows());
        if (page.items().isEmpty() || number >= page.totalPages()) {
          break;
        }
      }
      writer.finish(about, out);
    }
    return out.toByteArray();
  }

  static byte[] write(List<ExportSheet<?>> sheets, ExportAbout about, int rowWindow) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelWriter writer = new ExcelWriter(rowWindow)) {
      sheets.forEach(sheet -> add(writer, sheet));
      writer.finish(about, out);
    }
    return out.toByteArray();
  }

  private static <R> void add(ExcelWriter writer, ExportSheet<R> sheet) {
    sheet.rows().forEach(writer.sheet(sheet.name(), sheet.columns())::add);
  }
}
