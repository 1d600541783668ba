package io.carefile.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The review priority stays plain Java, testable with a table and no Quarkus or database. The
 * review feature also holds its entities, repositories, services and resources; the rule names the
 * policy's classes: add any new one here.
 */
@AnalyzeClasses(
    packages = "io.carefile.review",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ReviewPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInThePriorityPolicy =
      noClasses()
          .that()
          .belongToAnyOf(
              ReviewPriorityPolicy.class,
              PriorityFactors.class,
              PriorityWeights.class,
              ReviewPriority.class,
              PriorityReason.class,
              PriorityFactor.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.persistence..",
              "jakarta.transaction..",
              "jakarta.ws.rs..",
              "org.hibernate..",
              "io.carefile.common..",
              "io.carefile.filing..")
          .because("the priority is tested with plain, fast JUnit tables (house rule 13)");
}
