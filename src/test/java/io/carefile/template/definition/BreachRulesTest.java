package io.carefile.template.definition;

import static io.carefile.template.ReturnSamples.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.platform.PlatformCategory;
import io.carefile.template.ReturnSamples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Breach rules are compiled and checked like validation rules, true when a return shows the breach:
 * the shipped ones of CSAM-Q version 2 on returns that show and do not show each, and the refusals
 * of a template whose breach rule is no valid condition.
 */
class BreachRulesTest {

  private static final Path CSAM_V1 = Path.of("config/templates/CSAM-Q/v1.yaml");
  private static final Path CSAM_V2 = Path.of("config/templates/CSAM-Q/v2.yaml");

  private static CompiledTemplate load(Path file) throws Exception {
    return TemplateCompiler.compile(file.toString(), Files.readString(file), TemplateFormat.YAML);
  }

  private static boolean shows(CompiledTemplate template, String id, Map<String, Object> values) {
    return template.breachRules().stream()
        .filter(rule -> rule.id().equals(id))
        .findFirst()
        .orElseThrow()
        .showsBreach(template.bind(values, ReturnSamples.QUARTER_START, ReturnSamples.QUARTER_END));
  }

  @Test
  void csamVersionTwoIsVersionOneWithBreachRulesAndVersionOneKeepsItsDefinition() throws Exception {
    CompiledTemplate one = load(CSAM_V1);
    CompiledTemplate two = load(CSAM_V2);
    assertThat(one.breachRules()).isEmpty();
    assertThat(one.definition().breachRules()).isNull();
    assertThat(one.canonicalJson()).doesNotContain("breachRules");
    assertThat(two.breachRules())
        .extracting(CompiledBreachRule::id)
        .containsExactly("CSAMQ-B001", "CSAMQ-B002");
    assertThat(two.definition().sections()).isEqualTo(one.definition().sections());
    assertThat(two.definition().rules()).isEqualTo(one.definition().rules());
    assertThat(two.definition().indicators()).isEqualTo(one.definition().indicators());
  }

  @Test
  void hashMatchingOffIsABreachForCategoryOneOnly() throws Exception {
    CompiledTemplate csam = load(CSAM_V2);
    CompiledBreachRule rule = csam.breachRules().getFirst();
    assertThat(rule.appliesTo(PlatformCategory.CATEGORY_1)).isTrue();
    assertThat(rule.appliesTo(PlatformCategory.CORE)).isFalse();
    assertThat(rule.inputs()).containsExactly("hash_matching_enabled");
    Map<String, Object> ok = ReturnSamples.csamQuarter();
    assertThat(shows(csam, "CSAMQ-B001", ok)).isFalse();
    assertThat(shows(csam, "CSAMQ-B001", with(ok, "hash_matching_enabled", false))).isTrue();
  }

  @Test
  void aMedianRemovalTimeOverADayIsABreachForEveryCategory() throws Exception {
    CompiledTemplate csam = load(CSAM_V2);
    Map<String, Object> ok = ReturnSamples.csamQuarter();
    assertThat(csam.breachRules().get(1).appliesTo(PlatformCategory.CORE)).isTrue();
    assertThat(shows(csam, "CSAMQ-B002", ok)).isFalse();
    assertThat(shows(csam, "CSAMQ-B002", with(ok, "median_hours_to_removal", new BigDecimal("24"))))
        .isFalse();
    assertThat(
            shows(csam, "CSAMQ-B002", with(ok, "median_hours_to_removal", new BigDecimal("24.5"))))
        .isTrue();
    assertThat(shows(csam, "CSAMQ-B002", with(ok, "median_hours_to_removal", null))).isFalse();
  }

  @Test
  void aBlankRequiredFigureShowsNoBreach() throws Exception {
    CompiledTemplate csam = load(CSAM_V2);
    assertThat(
            shows(
                csam,
                "CSAMQ-B001",
                with(ReturnSamples.csamQuarter(), "hash_matching_enabled", null)))
        .isFalse();
  }

  private static final String HEAD =
      """
      code: T-BREACH
      version: 1
      title: Breach rules
      periodType: ANNUAL
      dueOffsetDays: 60
      categories: [CORE]
      sections:
        - code: main
          title: Main
          fields:
            - {code: received, label: Received, type: integer}
      rules:
        - {id: T-R001, severity: ERROR, expression: received >= 0, message: Not negative.}
      """;

  @Test
  void aBreachRuleThatIsNoConditionMakesTheTemplateInvalid() {
    String document =
        HEAD
            + """
            breachRules:
              - {id: T-B001, expression: received + , finding: Broken.}
              - {id: T-B002, expression: received * 2, finding: A number.}
              - {id: T-B003, expression: unknown_field > 1, finding: Unknown.}
              - {id: T-R001, expression: received > 1, finding: Taken id.}
              - {id: T-B005, categories: [GIANT], expression: received > 1, finding: Category.}
              - {id: T-B006, expression: received > 1}
            """;
    assertThatThrownBy(() -> TemplateCompiler.compile("upload", document, TemplateFormat.YAML))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(TemplateProblem::path)
                  .contains(
                      "breachRules[0].expression",
                      "breachRules[1].expression",
                      "breachRules[2].expression",
                      "breachRules[3].id",
                      "breachRules[4].categories[0]",
                      "breachRules[5].finding");
              assertThat(e.problems())
                  .filteredOn(p -> p.path().equals("breachRules[1].expression"))
                  .extracting(TemplateProblem::message)
                  .containsExactly(
                      "must be a condition that is true when the return shows the breach, but it"
                          + " gives int");
              assertThat(e.problems())
                  .filteredOn(p -> p.path().equals("breachRules[2].expression"))
                  .extracting(TemplateProblem::message)
                  .singleElement()
                  .asString()
                  .contains("'unknown_field', which is neither a field of this template");
              assertThat(e.problems())
                  .filteredOn(p -> p.path().equals("breachRules[3].id"))
                  .extracting(TemplateProblem::message)
                  .containsExactly("\"T-R001\" is already the id of a validation rule");
            });
  }

  @Test
  void anEmptyListOfBreachRulesIsRefusedAndAbsentMeansNone() {
    assertThatThrownBy(
            () ->
                TemplateCompiler.compile("upload", HEAD + "breachRules: []\n", TemplateFormat.YAML))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e ->
                assertThat(e.problems())
                    .extracting(TemplateProblem::path)
                    .containsExactly("breachRules"));
    assertThat(TemplateCompiler.compile("upload", HEAD, TemplateFormat.YAML).breachRules())
        .isEmpty();
  }
}
