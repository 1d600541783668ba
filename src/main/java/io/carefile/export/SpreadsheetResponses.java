package io.carefile.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How the API answers a spreadsheet: the file (200), or a background export to follow (202). */
public final class SpreadsheetResponses {

  private SpreadsheetResponses() {}

  public static Response of(ExportAnswer answer) {
    return switch (answer) {
      case ExportAnswer.File file -> file(file);
      case ExportAnswer.Queued queued ->
          Response.accepted(queued.status())
              .type(MediaType.APPLICATION_JSON)
              .location(URI.create(ExportStatus.API_PATH + queued.status().id()))
              .build();
    };
  }

  /** A workbook as a download. */
  public static Response file(ExportAnswer.File file) {
    return Response.ok(file.content(), Exports.SPREADSHEET)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
