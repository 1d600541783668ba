package io.carefile.review;

import io.carefile.common.tenancy.Conditions;
import io.carefile.common.text.StorableText;
import io.carefile.filing.FilingStatus;
import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.ScoreBand;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the review queue: {@code ?templateCode=CSAM-Q&band=RED&assignee=none}; every filter is
 * optional. Without {@code status} the queue holds the returns needing review (SUBMITTED,
 * UNDER_REVIEW, QUERIED). Enums arrive as text and are checked here, so that a wrong value is a 400
 * naming the parameter.
 */
public class ReviewFilter {

  /** The assignee filter's value for returns allocated to no one. */
  public static final String NO_ONE = "none";

  @QueryParam("templateCode")
  @Size(max = 32)
  @StorableText
  @Parameter(description = "Only returns of this template", example = "CSAM-Q")
  public String templateCode;

  @QueryParam("periodStart")
  @Parameter(description = "Only returns for the period starting on this day")
  public LocalDate periodStart;

  @QueryParam("category")
  @Pattern(
      regexp = "|CATEGORY_1|CATEGORY_2A|CATEGORY_2B|CORE",
      message = "must be one of CATEGORY_1, CATEGORY_2A, CATEGORY_2B, CORE")
  @Parameter(
      description = "Only returns of platforms in this category when they submitted",
      schema = @Schema(implementation = PlatformCategory.class))
  public String category;

  @QueryParam("band")
  @Pattern(
      regexp = "|GREEN|AMBER|RED|NOT_SCORED",
      message = "must be one of GREEN, AMBER, RED, NOT_SCORED")
  @Parameter(
      description = "Only returns whose band that counts (an override, else computed) is this",
      schema = @Schema(implementation = ScoreBand.class))
  public String band;

  @QueryParam("late")
  @Parameter(description = "Only late returns (true) or only those on time (false)")
  public Boolean late;

  @QueryParam("status")
  @Pattern(
      regexp = "|DRAFT|SUBMITTED|UNDER_REVIEW|QUERIED|ACCEPTED|REJECTED",
      message = "must be one of DRAFT, SUBMITTED, UNDER_REVIEW, QUERIED, ACCEPTED, REJECTED")
  @Parameter(
      description =
          "Only returns with this status; without it, those needing review (SUBMITTED,"
              + " UNDER_REVIEW, QUERIED)",
      schema = @Schema(implementation = FilingStatus.class))
  public String status;

  @QueryParam("assignee")
  @Size(max = 255)
  @StorableText
  @Parameter(description = "Only returns allocated to this username; none: to no one")
  public String assignee;

  @QueryParam("ruleId")
  @Size(max = 64)
  @StorableText
  @Parameter(
      description = "Only returns whose latest version has a finding of this rule",
      example = "CSAMQ-W001")
  public String ruleId;

  @QueryParam("platformId")
  @Parameter(description = "Only this platform's returns")
  public UUID platformId;

  Optional<String> wantedTemplate() {
    return Conditions.given(templateCode);
  }

  Optional<PlatformCategory> wantedCategory() {
    return Conditions.given(category).map(PlatformCategory::valueOf);
  }

  Optional<ScoreBand> wantedBand() {
    return Conditions.given(band).map(ScoreBand::valueOf);
  }

  Optional<FilingStatus> wantedStatus() {
    return Conditions.given(status).map(FilingStatus::valueOf);
  }

  /** Only returns allocated to no one. */
  boolean wantsUnassigned() {
    return Conditions.given(assignee).filter(NO_ONE::equals).isPresent();
  }

  /** Only returns allocated to this username. */
  Optional<String> wantedAssignee() {
    return Conditions.given(assignee).filter(name -> !NO_ONE.equals(name));
  }

  Optional<String> wantedRule() {
    return Conditions.given(ruleId);
  }
}
