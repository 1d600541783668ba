package io.carefile.enforcement;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementCaseGround", description = "One ground of a case")
public record GroundView(
    @Schema(description = "The kind of ground") GroundKind kind,
    @Schema(description = "The overdue obligation") UUID obligationId,
    @Schema(description = "The return") UUID filingId,
    @Schema(description = "The return's version it is about") Integer versionNumber,
    @Schema(description = "The rule id") String ruleId,
    @Schema(description = "What was found, in words") String finding) {

  static GroundView of(CaseGround ground) {
    return new GroundView(
        ground.kind,
        ground.obligationId,
        ground.filingId,
        ground.versionNumber,
        ground.ruleId,
        ground.finding);
  }
}
