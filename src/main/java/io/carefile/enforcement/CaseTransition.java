package io.carefile.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import io.carefile.penalty.PenaltyImposition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EnforcementCaseStep",
    description =
        "A step of the case's lifecycle: START_INVESTIGATION, ISSUE_PROVISIONAL_NOTICE (with"
            + " noticeText and representationsDeadline), CONFIRM (optionally with requirements and a"
            + " penalty;"
            + " only once the deadline has passed) or CLOSE_NO_ACTION")
public record CaseTransition(
    @NotNull @Schema(description = "The step", required = true) CaseStep step,
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "Why the step is taken", required = true)
        String reason,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The case's version you read; a stale one is refused",
            required = true)
        Long expectedVersion,
    @Schema(
            description =
                "ISSUE_PROVISIONAL_NOTICE only, and required there: the last day on which the"
                    + " platform may make representations, after today (Europe/London)")
        LocalDate representationsDeadline,
    @Size(min = 1, max = 20000)
        @ReadableText
        @Schema(description = "ISSUE_PROVISIONAL_NOTICE only, and required there: the notice")
        String noticeText,
    @Size(max = 20)
        @Schema(description = "CONFIRM only: what the decision requires of the platform")
        List<@NotNull @Valid RequirementInput> requirements,
    @Schema(
            description =
                "CONFIRM only: the penalty the decision imposes, calculated and stored with it")
        PenaltyImposition penalty) {

  public CaseTransition {
    reason = TextRules.readable(reason);
    noticeText = TextRules.readable(noticeText);
    // Copied as sent, nulls included, so that validation names a null element.
    requirements =
        requirements == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(requirements));
  }

  boolean noticeGiven() {
    return noticeText != null && !noticeText.isBlank();
  }
}
