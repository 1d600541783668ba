package io.carefile.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The thread's rules stay plain Java, tested with a table ({@code QueryThreadPolicyTest}) without
 * Quarkus or a database. The review feature also holds entities, repositories, services and
 * resources; the rule names the policy's classes: add any new one here.
 */
@AnalyzeClasses(
    packages = "io.carefile.review",
    importOptions = ImportOption.DoNotIncludeTests.class)
class QueryPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheThreadRules =
      noClasses()
          .that()
          .belongToAnyOf(
              QueryThreadPolicy.class, QueryStatus.class, QuerySide.class, QueryProblems.class)
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
              "org.hibernate..")
          .because("named policies are plain Java with table tests (docs/architecture.md)");
}
