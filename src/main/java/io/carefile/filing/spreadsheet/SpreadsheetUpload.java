package io.carefile.filing.spreadsheet;

import io.carefile.filing.FilingView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SpreadsheetUpload",
    description = "The draft an uploaded workbook saved, and what validation finds in it, by cell")
public record SpreadsheetUpload(
    @Schema(description = "The return, with its draft as saved from the workbook")
        FilingView filing,
    @Schema(description = "The draft's findings, each with the cells it is about")
        List<CellFinding> findings) {}
