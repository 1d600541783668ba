package io.carefile.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.carefile.template.definition.RuleSeverity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing validation found in a return.
 *
 * @param key what an explanation of a warning is filed under: the rule id, followed by {@code /}
 *     and the field for checks that apply field by field (period-over-period, field checks)
 */
@Schema(name = "Finding", description = "One thing validation found in a return")
public record Finding(
    @Schema(
            description = "Identifies this finding; explanations of warnings are keyed by it",
            example = "CSAMQ-P001/items_detected_total")
        String key,
    @Schema(description = "Stable rule id", example = "CSAMQ-R001") String ruleId,
    @Schema(description = "ERROR blocks submission; WARNING needs a written explanation")
        RuleSeverity severity,
    @Schema(description = "The fields it concerns") List<String> fields,
    @Schema(description = "What is wrong, for the compliance officer") String message) {

  public Finding {
    fields = List.copyOf(fields);
  }

  static Finding ofRule(String ruleId, RuleSeverity severity, List<String> fields, String message) {
    return new Finding(ruleId, ruleId, severity, fields, message);
  }

  static Finding ofField(String ruleId, RuleSeverity severity, String field, String message) {
    return new Finding(ruleId + "/" + field, ruleId, severity, List.of(field), message);
  }

  @JsonIgnore
  public boolean isError() {
    return severity == RuleSeverity.ERROR;
  }

  @JsonIgnore
  public boolean isWarning() {
    return severity == RuleSeverity.WARNING;
  }
}
