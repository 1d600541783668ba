package io.carefile.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Spreadsheet exports ({@code carefile.export.*}). */
@ConfigMapping(prefix = "carefile.export")
public interface ExportConfig {

  /** Exports of more rows than this run in the background; smaller ones are answered at once. */
  @WithDefault("5000")
  int backgroundAbove();

  /** The most rows an export may hold; a larger one is refused (export-too-large). */
  @WithDefault("1000000")
  int maxRows();

  /** How long a background export's file is kept once written. */
  @WithDefault("PT24H")
  Duration expiry();

  /** When expired exports' files are deleted (Quartz cron). */
  @WithDefault("0 */15 * * * ?")
  String expiryCron();

  /** Rows the writer holds in memory; the rest wait in compressed temporary files. */
  @WithDefault("100")
  int rowWindow();
}
