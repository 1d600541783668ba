package io.carefile.enforcement;

import io.carefile.common.tenancy.Conditions;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the enforcement cases: {@code ?stage=PROVISIONAL_NOTICE&trigger=RED_SCORE}; every
 * filter is optional. Enums arrive as text and are checked here, so that a wrong value is a 400
 * naming the parameter.
 */
public class CaseFilter {

  @QueryParam("stage")
  @Pattern(
      regexp = "|OPEN|INVESTIGATION|PROVISIONAL_NOTICE|CONFIRMATION_DECISION|CLOSED_NO_ACTION",
      message =
          "must be one of OPEN, INVESTIGATION, PROVISIONAL_NOTICE, CONFIRMATION_DECISION,"
              + " CLOSED_NO_ACTION")
  @Parameter(
      description = "Only cases at this stage",
      schema = @Schema(implementation = CaseStage.class))
  public String stage;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's cases")
  public UUID platformId;

  @QueryParam("trigger")
  @Pattern(
      regexp = "|OFFICER|RED_SCORE|REJECTED_RETURN|OVERDUE_OBLIGATION|BREACH_RULE",
      message =
          "must be one of OFFICER, RED_SCORE, REJECTED_RETURN, OVERDUE_OBLIGATION, BREACH_RULE")
  @Parameter(
      description = "Only cases opened this way: by an officer, or by a trigger",
      schema = @Schema(implementation = CaseTrigger.class))
  public String trigger;

  Optional<CaseStage> wantedStage() {
    return Conditions.given(stage).map(CaseStage::valueOf);
  }

  Optional<CaseTrigger> wantedTrigger() {
    return Conditions.given(trigger).map(CaseTrigger::valueOf);
  }
}
