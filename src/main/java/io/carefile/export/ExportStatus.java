package io.carefile.export;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExportStatus", description = "A background export and how far it has got")
public record ExportStatus(
    @Schema(description = "Export id") UUID id,
    @Schema(description = "What is exported", example = "Filings register") String title,
    @Schema(description = "QUEUED, RUNNING, DONE, FAILED or EXPIRED") ExportState state,
    @Schema(description = "Rows written so far") long rowsDone,
    @Schema(description = "Rows the export holds") long rowsTotal,
    @Schema(description = "When it was asked for") Instant requestedAt,
    @Schema(description = "When it was written; absent until then") Instant finishedAt,
    @Schema(description = "When its file is deleted") Instant expiresAt,
    @Schema(description = "Where to download the file, once DONE") URI download) {

  static final String API_PATH = "/api/v1/exports/";

  static ExportStatus of(ExportJob job) {
    return new ExportStatus(
        job.id,
        job.title,
        job.state,
        job.rowsDone,
        job.rowsTotal,
        job.requestedAt,
        job.finishedAt,
        job.expiresAt,
        job.state == ExportState.DONE ? URI.create(API_PATH + job.id + "/file") : null);
  }

  /** Whole per cent of the rows written, for a progress bar. */
  public int percentDone() {
    if (state == ExportState.DONE || rowsTotal == 0) {
      return state == ExportState.DONE ? 100 : 0;
    }
    return (int) Math.min(100, rowsDone * 100 / rowsTotal);
  }
}
