package io.carefile.filing.spreadsheet;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What an uploaded workbook may be. A workbook Carefile makes for a template is a few kilobytes, a
 * few dozen parts and a few sheets of a few dozen rows and five columns; the limits leave room for
 * what Excel and LibreOffice add when they save it, and refuse anything far beyond before it is
 * parsed.
 */
@ConfigMapping(prefix = "carefile.spreadsheets")
public interface SpreadsheetConfig {

  /** The largest upload, as sent (compressed). */
  @WithDefault("5M")
  MemorySize maxUploadSize();

  /** The most parts (zip entries) the workbook's file may hold. */
  @WithDefault("200")
  int maxEntries();

  /** The largest one part may expand to. */
  @WithDefault("20M")
  MemorySize maxEntrySize();

  /**
   * The smallest compressed-to-expanded ratio of a part larger than 64 KB: 0.02 refuses a part that
   * expands more than fifty times (POI's own default is 0.01).
   */
  @WithDefault("0.02")
  double minInflateRatio();

  /** The most characters of text POI extracts from one part. */
  @WithDefault("5000000")
  long maxTextSize();

  /** The most sheets, hidden ones included. */
  @WithDefault("50")
  int maxSheets();

  /** The most rows of one sheet. */
  @WithDefault("1000")
  int maxRows();

  /** The most columns of one sheet (the column of its last cell). */
  @WithDefault("50")
  int maxColumns();
}
