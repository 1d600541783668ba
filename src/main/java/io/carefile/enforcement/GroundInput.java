package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementCaseGroundInput",
    description =
        "What the case is about. OVERDUE_OBLIGATION needs obligationId; RED_SCORE and"
            + " REJECTED_RETURN need filingId (versionNumber optional); BREACH_RULE needs ruleId"
            + " (filingId optional); OFFICER_DECISION needs finding. Linked records must be the"
            + " platform's.")
public record GroundInput(
    @NotNull @Schema(description = "The kind of ground", required = true) GroundKind kind,
    @Schema(description = "The overdue obligation") UUID obligationId,
    @Schema(description = "The return") UUID filingId,
    @Positive @Schema(description = "The return's submitted version it is about, when it is one")
        Integer versionNumber,
    @Size(min = 1, max = 64)
        @StorableText
        @Schema(
            description = "The breach rule's id, or a finding's rule id",
            example = "CSAMQ-R001")
        String ruleId,
    @Size(min = 1, max = 4000)
        @ReadableText
        @Schema(description = "What was found, in words (required for OFFICER_DECISION)")
        String finding) {

  public GroundInput {
    ruleId = ruleId == null ? null : ruleId.strip();
    finding = TextRules.readable(finding);
  }
}
