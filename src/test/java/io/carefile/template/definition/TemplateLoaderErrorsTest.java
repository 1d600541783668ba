package io.carefile.template.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed template file stops the loading of the template directory, with a message naming the
 * file, where in it the problem is, and what is wrong. Each case makes one change to a valid
 * template.
 */
class TemplateLoaderErrorsTest {

  private static final String VALID =
      """
      code: T-LOAD
      version: 1
      title: Loader test
      periodType: QUARTERLY
      dueOffsetDays: 30
      categories: [CORE, CATEGORY_1]
      sections:
        - code: main
          title: Main
          fields:
            - code: items_detected
              label: Items detected
              type: integer
              min: 0
            - code: items_removed
              label: Items removed
              type: integer
              min: 0
              max: 1000000
            - code: hours_to_removal
              label: Hours to removal
              type: decimal
              required: false
            - code: method
              label: Method
              type: single_choice
              allowedValues: [{code: HASH, label: Hash matching}, {code: OTHER, label: Other}]
            - code: note
              label: Note
              type: text
              maxLength: 100
              required: false
      rules:
        - id: T-R001
          severity: ERROR
          fields: [items_removed]
          expression: items_removed <= items_detected
          message: Items removed cannot be more than items detected.
        - id: T-R002
          severity: WARNING
          expression: hours_to_removal.orValue(0.0) < 24.0
          message: Removal is slow.
      indicators:
        - code: removal_rate
          title: Removal rate
          expression: >-
            items_detected > 0
            ? optional.of(double(items_removed) / double(items_detected)) : optional.none()
          weight: 1
          bands:
            - {min: 0.9, points: 100}
            - {max: 0.9, points: 0}
      periodOverPeriod:
        ruleId: T-P001
        maxChangeShare: 0.5
        fields: [items_detected]
      """;

  @TempDir Path directory;

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "type error in a rule",
            "expression: items_removed <= items_detected",
            "expression: items_removed <= 'many'",
            "rules[0].expression",
            "found no matching overload for '_<=_' applied to '(int, string)'"),
        Arguments.of(
            "unknown field in a rule's expression",
            "expression: items_removed <= items_detected",
            "expression: items_removed <= items_detectd",
            "rules[0].expression",
            "refers to 'items_detectd', which is neither a field of this template"),
        Arguments.of(
            "unknown field in a rule's field list",
            "fields: [items_removed]",
            "fields: [items_remved]",
            "rules[0].fields[0]",
            "\"items_remved\" is not a field of this template"),
        Arguments.of(
            "duplicate field code",
            "code: hours_to_removal",
            "code: items_removed",
            "sections[0].fields[2].code",
            "\"items_removed\" is already used at sections[0].fields[1]"),
        Arguments.of(
            "bad period type",
            "periodType: QUARTERLY",
            "periodType: WEEKLY",
            "periodType",
            "\"WEEKLY\" is not one of MONTHLY, QUARTERLY, ANNUAL"),
        Arguments.of(
            "missing required attribute", "title: Loader test\n", "", "title", "is required"),
        Arguments.of(
            "bad severity",
            "severity: WARNING",
            "severity: FATAL",
            "rules[1].severity",
            "\"FATAL\" is not one of ERROR, WARNING"),
        Arguments.of(
            "min greater than max",
            "max: 1000000",
            "max: -5",
            "sections[0].fields[1].min",
            "min 0 is greater than max -5"),
        Arguments.of(
            "unknown category",
            "categories: [CORE, CATEGORY_1]",
            "categories: [CORE, CATEGORY_3]",
            "categories[1]",
            "\"CATEGORY_3\" is not one of CATEGORY_1, CATEGORY_2A, CATEGORY_2B, CORE"),
        Arguments.of(
            "duplicate rule id",
            "id: T-R002",
            "id: T-R001",
            "rules[1].id",
            "\"T-R001\" is already used at rules[0].id"),
        Arguments.of(
            "indicator that does not give a number",
            "? optional.of(double(items_removed) / double(items_detected)) : optional.none()",
            "&& items_removed > 0",
            "indicators[0].expression",
            "must give a number (or optional.none() when it does not apply), but it gives bool"),
        Arguments.of(
            "rule that is not a condition",
            "expression: items_removed <= items_detected",
            "expression: items_removed + items_detected",
            "rules[0].expression",
            "must be a condition that is true or false, but it gives int"),
        Arguments.of(
            "optional field used as if always answered",
            "expression: hours_to_removal.orValue(0.0) < 24.0",
            "expression: hours_to_removal < 24.0",
            "rules[1].expression",
            "an optional field may be blank: use x.orValue(...)"),
        Arguments.of(
            "misspelt attribute",
            "maxLength: 100",
            "maxLenght: 100",
            "sections[0].fields[4].maxLenght",
            "is not a known attribute here"),
        Arguments.of(
            "bands that overlap",
            "{max: 0.9, points: 0}",
            "{max: 0.95, points: 0}",
            "indicators[0].bands",
            "indicators[0].bands[1] and indicators[0].bands[0] overlap"),
        Arguments.of(
            "choice field without choices",
            "allowedValues: [{code: HASH, label: Hash matching}, {code: OTHER, label: Other}]",
            "",
            "sections[0].fields[3].allowedValues",
            "is required for a single_choice field"),
        Arguments.of(
            "period-over-period check on a text field",
            "fields: [items_detected]",
            "fields: [note]",
            "periodOverPeriod.fields[0]",
            "\"note\" is a text field; only integer, decimal and percentage fields can be compared"),
        Arguments.of(
            "a label holding NUL through a YAML escape",
            "title: Loader test",
            "title: \"Loader\\0test\"",
            "title",
            "holds U+0000, which cannot be accepted"),
        Arguments.of(
            "a bound beyond what a field holds",
            "max: 1000000",
            "max: 1e400",
            "sections[0].fields[1].max",
            "must be a number of at most 15 significant digits"),
        Arguments.of(
            "not YAML at all",
            "title: Loader test",
            "title: [Loader test",
            "document",
            "is not valid YAML"),
        Arguments.of(
            "file not named by its code and version",
            "version: 1",
            "version: 2",
            "document",
            "declares T-LOAD version 2, so it must be at T-LOAD/v2.yaml"));
  }

  @Test
  void theValidTemplateLoads() throws IOException {
    Path file = write(VALID);
    assertThat(TemplateFiles.load(directory))
        .singleElement()
        .satisfies(
            loaded -> {
              assertThat(loaded.path()).isEqualTo(file);
              assertThat(loaded.template().rules()).hasSize(2);
              assertThat(loaded.template().indicators()).hasSize(1);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedTemplateIsRefusedNamingTheFileAndTheProblem(
      String kind, String valid, String malformed, String path, String message) throws IOException {
    assertThat(VALID).contains(valid);
    Path file = write(VALID.replace(valid, malformed));

    assertThatThrownBy(() -> TemplateFiles.load(directory))
        .isInstanceOf(TemplateDirectoryException.class)
        .hasMessageContaining("Template " + file + " is invalid")
        .hasMessageContaining("- " + path + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void everyProblemOfEveryFileIsReported() throws IOException {
    write(VALID.replace("periodType: QUARTERLY", "periodType: WEEKLY").replace("title: Main", ""));
    Path other = directory.resolve("T-OTHER/v1.yaml");
    Files.createDirectories(other.getParent());
    Files.writeString(
        other,
        VALID.replace("code: T-LOAD", "code: T-OTHER").replace("severity: ERROR", "severity: x"));

    assertThatThrownBy(() -> TemplateFiles.load(directory))
        .isInstanceOfSatisfying(
            TemplateDirectoryException.class,
            e -> {
              assertThat(e.invalidFiles()).hasSize(2);
              assertThat(e.invalidFiles().get(0).problems())
                  .extracting(TemplateProblem::path)
                  .containsExactly("periodType", "sections[0].title");
              assertThat(e.invalidFiles().get(1).problems())
                  .extracting(TemplateProblem::path)
                  .containsExactly("rules[0].severity");
            })
        .hasMessageStartingWith("2 template files in " + directory + " cannot be loaded");
  }

  @Test
  void aMissingDirectoryIsRefused() {
    assertThatThrownBy(() -> TemplateFiles.load(directory.resolve("absent")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent does not exist");
  }

  private Path write(String template) throws IOException {
    Path file = directory.resolve("T-LOAD/v1.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, template);
    return file;
  }
}
