package io.carefile.portal.shared;

import io.carefile.export.ExportAnswer;
import io.carefile.export.SpreadsheetResponses;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * How a portal list answers its "Download as spreadsheet" link: the workbook, or (for a large
 * export, written in the background) a redirect to the export's progress page.
 */
public final class SpreadsheetDownloads {

  private SpreadsheetDownloads() {}

  public static Response of(ExportAnswer answer) {
    return switch (answer) {
      case ExportAnswer.File file -> SpreadsheetResponses.file(file);
      case ExportAnswer.Queued queued ->
          Response.seeOther(URI.create(PortalRoutes.export(queued.status().id()))).build();
    };
  }
}
