package io.carefile.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documented table of problem types is the code's: same codes, statuses and titles. */
class ProblemCatalogueTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3}) \\| ([^|]+?) \\| [^|]+ \\|$");

  @Test
  void everyCodeIsDocumentedAsDeclared() throws IOException {
    Map<String, ProblemCode.Definition> declared = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (ProblemCode code : declaredCodes()) {
      if (declared.put(code.code(), code.definition()) != null) {
        duplicates.add(code.code());
      }
    }

    assertThat(duplicates).as("codes declared twice").isEmpty();
    assertThat(documented()).isEqualTo(declared);
  }

  @Test
  void featuresDeclareTheirOwnCodes() {
    assertThat(declaredCodes())
        .extracting(code -> code.getClass().getSimpleName())
        .contains("FilingProblems", "PlatformProblems", "ObligationProblems", "TemplateProblems");
  }

  @Test
  void everyCodeIsAUrnOfTheCatalogue() {
    assertThat(declaredCodes())
        .allSatisfy(
            code -> {
              assertThat(code.uri().toString()).isEqualTo("urn:carefile:problem:" + code.code());
              assertThat(code.status()).isBetween(400, 599);
            });
  }

  private static List<ProblemCode> declaredCodes() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.carefile")
            .stream()
            .filter(JavaClass::isEnum)
            .filter(type -> type.isAssignableTo(ProblemCode.class))
            .map(JavaClass::reflect)
            .flatMap(type -> Arrays.stream(type.getEnumConstants()))
            .map(ProblemCode.class::cast)
            .toList();
  }

  private static Map<String, ProblemCode.Definition> documented() throws IOException {
    Map<String, ProblemCode.Definition> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("docs/problems.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.put(
            row.group(1),
            new ProblemCode.Definition(
                Integer.parseInt(row.group(2)), row.group(1), row.group(3).strip()));
      }
    }
    return rows;
  }
}
