package io.carefile.filing.spreadsheet;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workbook part of an upload, as the API document describes it. */
@Schema(
    name = "WorkbookPart",
    description =
        "The .xlsx workbook, as downloaded from Carefile and filled in; at most 5 MiB by default"
            + " (carefile.spreadsheets.max-upload-size)",
    type = SchemaType.STRING,
    format = "binary",
    maxLength = 5 * 1024 * 1024)
final class WorkbookPart {

  private WorkbookPart() {}
}
