package io.carefile.export;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** POI's streaming workbook, its flushed rows kept in compressed temporary files. */
final class StreamingWorkbook extends SXSSFWorkbook {

  StreamingWorkbook(int rowWindow) {
    super(rowWindow);
    setCompressTempFiles(true);
  }
}
