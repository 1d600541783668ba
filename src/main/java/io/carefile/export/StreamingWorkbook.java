package io.carefile.export;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, tuned for the export's throughput (docs/benchmark.md, "Spreadsheet
 * benchmark"): flushed rows go to gzip-compressed temporary files, compressed at the fastest level,
 * through a plain UTF-8 writer; the finished workbook's zip entries are compressed at the fastest
 * level too. Deflating was over half of the writer's time at the default level, and the fastest
 * level makes the file about a fifth larger.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

  private static final int BUFFER = 1 << 16;

  StreamingWorkbook(int rowWindow) {
    super(rowWindow);
    setCompressTempFiles(true);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new CompressedSheetData(getSharedStringSource());
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  /** A sheet's flushed rows in a gzip temporary file, which {@code dispose()} deletes. */
  private static final class CompressedSheetData extends SheetDataWriter {

    CompressedSheetData(SharedStringsTable strings) throws IOException {
      super(strings);
    }

    @Override
    public File createTempFile() throws IOException {
      return Files.createTempFile("carefile-export-sheet", ".xml.gz").toFile();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
      return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
      return new GZIPOutputStream(file, BUFFER) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      };
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream file) throws IOException {
      return new GZIPInputStream(file, BUFFER);
    }
  }
}
