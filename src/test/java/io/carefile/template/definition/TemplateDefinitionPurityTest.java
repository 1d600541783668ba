package io.carefile.template.definition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The template core (reading, checking, compiling) stays plain Java, testable without Quarkus. */
@AnalyzeClasses(
    packages = "io.carefile.template.definition",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TemplateDefinitionPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheCore =
      noClasses()
          .that()
          .resideInAPackage("io.carefile.template.definition..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.persistence..",
              "jakarta.transaction..",
              "jakarta.ws.rs..",
              "org.hibernate..")
          .because("the rules of a template are tested with plain, fast JUnit tables");
}
