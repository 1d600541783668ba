package io.carefile.filing.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A workbook sent as the request body, in a temporary file for the reader to open as a package (a
 * multipart upload is in one already); deleted when closed.
 */
final class SpooledBody implements AutoCloseable {

  private final Path file;
  private final long size;

  private SpooledBody(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  static SpooledBody of(InputStream body) {
    try {
      Path file = Files.createTempFile("carefile-workbook-", ".xlsx");
      try (body) {
        long size = Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        return new SpooledBody(file, size);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return file;
  }

  long size() {
    return size;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
