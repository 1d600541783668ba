package io.carefile.template.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.carefile.platform.PlatformCategory;
import io.carefile.template.PeriodType;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A return template version as the regulator wrote it: what a return asks for, the rules its values
 * must satisfy and the indicators that score it. The format is described in {@code
 * config/templates/README.md}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TemplateDefinition", description = "A return template version as published")
public record TemplateDefinition(
    @Schema(description = "Template code", example = "CSAM-Q", maxLength = 32) String code,
    @Schema(description = "Version number, from 1", example = "1") int version,
    @Schema(description = "Title shown to filers", maxLength = 200) String title,
    @Schema(description = "What the return is for", maxLength = 4000) String description,
    @Schema(description = "MONTHLY, QUARTERLY or ANNUAL") PeriodType periodType,
    @Schema(description = "Days after the period's end by which the return is due")
        int dueOffsetDays,
    @Schema(description = "Categories of platform that must file this return")
        List<PlatformCategory> categories,
    @Schema(description = "The questions, in sections") List<Section> sections,
    @Schema(description = "Validation rules over the fields") List<Rule> rules,
    @Schema(description = "Scoring indicators over the fields") List<Indicator> indicators,
    @Schema(description = "Plausibility check against the previous accepted return")
        PeriodOverPeriod periodOverPeriod,
    @Schema(
            description =
                "Breach rules: conditions over a submitted return's values that, when true, open"
                    + " an enforcement case; absent when the version has none")
        List<BreachRule> breachRules) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TemplateSection", description = "A group of fields, shown as one page")
  public record Section(
      @Schema(description = "Section code, unique in the template", maxLength = 64) String code,
      @Schema(description = "Section title", maxLength = 200) String title,
      @Schema(description = "Guidance for the whole section", maxLength = 2000) String description,
      @Schema(description = "The section's fields, in order") List<Field> fields) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TemplateField", description = "One question of the return")
  public record Field(
      @Schema(
              description = "Field code, unique in the template; the name rules use for it",
              maxLength = 64)
          String code,
      @Schema(description = "The question", maxLength = 200) String label,
      @Schema(description = "Guidance on how to answer", maxLength = 2000) String help,
      @Schema(
              description =
                  "integer, decimal, percentage, boolean, text, date, single_choice or"
                      + " multiple_choice")
          FieldType type,
      @Schema(description = "Unit of a numeric answer", example = "hours", maxLength = 32)
          String unit,
      @Schema(description = "Whether the return cannot be submitted without it") boolean required,
      @Schema(description = "Smallest allowed number") BigDecimal min,
      @Schema(description = "Largest allowed number") BigDecimal max,
      @Schema(description = "The choices of a single or multiple choice field")
          List<AllowedValue> allowedValues,
      @Schema(description = "Longest allowed text, in characters") Integer maxLength) {}

  @Schema(name = "TemplateAllowedValue", description = "One choice of a choice field")
  public record AllowedValue(
      @Schema(description = "Stored code of the choice", maxLength = 64) String code,
      @Schema(description = "What the filer sees", maxLength = 200) String label) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TemplateRule", description = "A condition a return's values must satisfy")
  public record Rule(
      @Schema(
              description = "Stable rule id, quoted in findings",
              example = "CSAMQ-R001",
              maxLength = 32)
          String id,
      @Schema(description = "ERROR blocks submission; WARNING needs an explanation")
          RuleSeverity severity,
      @Schema(description = "Fields a finding points to; by default those the expression uses")
          List<@Size(max = 64) String> fields,
      @Schema(description = "CEL condition that must hold", maxLength = 2000) String expression,
      @Schema(description = "What the finding tells the compliance officer", maxLength = 500)
          String message) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TemplateIndicator", description = "A scored measure of a return")
  public record Indicator(
      @Schema(description = "Indicator code, unique in the template", maxLength = 64) String code,
      @Schema(description = "What it measures", maxLength = 200) String title,
      @Schema(description = "How to read it", maxLength = 2000) String description,
      @Schema(
              description =
                  "CEL expression giving a number, or optional.none() if it does not apply",
              maxLength = 2000)
          String expression,
      @Schema(description = "Weight in the return's score") BigDecimal weight,
      @Schema(description = "Bands that turn the value into points") List<Band> bands) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "TemplateBand",
      description = "Values from min (inclusive) to max (exclusive) earn the points")
  public record Band(
      @Schema(description = "Lower bound, inclusive; absent for no lower bound") BigDecimal min,
      @Schema(description = "Upper bound, exclusive; absent for no upper bound") BigDecimal max,
      @Schema(description = "Points, 0 to 100") int points,
      @Schema(description = "What the band means", example = "under 1 hour", maxLength = 200)
          String label) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "TemplatePeriodOverPeriod",
      description = "Warns when a figure moves too far against the previous accepted return")
  public record PeriodOverPeriod(
      @Schema(description = "Rule id of the warning", example = "CSAMQ-P001", maxLength = 32)
          String ruleId,
      @Schema(description = "Largest change allowed without explanation, as a share (0.5 = 50%)")
          BigDecimal maxChangeShare,
      @Schema(description = "Changes are checked only when the previous value is at least this")
          BigDecimal minimumBase,
      @Schema(description = "Numeric fields to compare") List<@Size(max = 64) String> fields) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "TemplateBreachRule",
      description =
          "A condition that is true when a submitted return shows a breach of the regulator's"
              + " requirements; each that holds opens an enforcement case on the return")
  public record BreachRule(
      @Schema(
              description = "Stable rule id, named on the case's ground",
              example = "CSAMQ-B001",
              maxLength = 32)
          String id,
      @Schema(description = "Categories of platform it applies to; absent for every category")
          List<PlatformCategory> categories,
      @Schema(description = "Fields the finding is about; by default those the expression uses")
          List<@Size(max = 64) String> fields,
      @Schema(
              description = "CEL condition that is true when the return shows the breach",
              maxLength = 2000)
          String expression,
      @Schema(description = "The finding written on the case's ground", maxLength = 1000)
          String finding) {}
}
