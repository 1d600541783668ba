package io.carefile.validation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The validation engine stays plain Java, testable without Quarkus or a database. */
@AnalyzeClasses(
    packages = "io.carefile.validation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ValidationPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheEngine =
      noClasses()
          .that()
          .resideInAPackage("io.carefile.validation..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "io.quarkus..",
                      "jakarta.enterprise..",
                      "jakarta.inject..",
                      "jakarta.persistence..",
                      "jakarta.transaction..",
                      "jakarta.ws.rs..",
                      "org.hibernate..",
                      "io.carefile.filing..",
                      "io.carefile.common..")
                  .and(not(resideInAPackage("io.carefile.common.text.."))))
          .because(
              "validation is tested with plain, fast JUnit tables (house rule 13); the text rules"
                  + " it shares with the JSON reader are plain Java too");
}
