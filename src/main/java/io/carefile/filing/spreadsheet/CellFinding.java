package io.carefile.filing.spreadsheet;

import io.carefile.template.definition.RuleSeverity;
import io.carefile.validation.Finding;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CellFinding",
    description = "A validation finding of an uploaded workbook, with the cells it is about")
public record CellFinding(
    @Schema(description = "Identifies the finding; explanations of warnings are keyed by it")
        String key,
    @Schema(description = "Stable rule id", example = "FIELD-TYPE") String ruleId,
    @Schema(description = "ERROR blocks submission; WARNING needs a written explanation")
        RuleSeverity severity,
    @Schema(description = "The fields it concerns") List<String> fields,
    @Schema(
            description = "The answer cells of those fields, as Excel names them",
            example = "[\"'Detection'!C5\"]")
        List<String> cells,
    @Schema(description = "What is wrong, for the compliance officer") String message) {

  public CellFinding {
    fields = List.copyOf(fields);
    cells = List.copyOf(cells);
  }

  static CellFinding of(Finding finding, WorkbookLayout layout) {
    return new CellFinding(
        finding.key(),
        finding.ruleId(),
        finding.severity(),
        finding.fields(),
        layout.referencesOf(finding.fields()),
        finding.message());
  }
}
