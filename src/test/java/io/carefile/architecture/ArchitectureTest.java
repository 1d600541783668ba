package io.carefile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** House rules of the architecture page that the compiler cannot check. */
@AnalyzeClasses(packages = "io.carefile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresNeverDependOnThePortal =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.carefile.portal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.carefile.portal..")
          .because("pages are views over the same services as the API");

  @ArchTest
  static final ArchRule commonDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("io.carefile.common..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.carefile.platform..",
              "io.carefile.template..",
              "io.carefile.obligation..",
              "io.carefile.filing..",
              "io.carefile.validation..",
              "io.carefile.review..",
              "io.carefile.scoring..",
              "io.carefile.enforcement..",
              "io.carefile.penalty..",
              "io.carefile.audit..",
              "io.carefile.export..",
              "io.carefile.portal..")
          .because("common holds only what every feature shares");

  @ArchTest
  static final ArchRule onlyTheJobsPackageKnowsTheScheduler =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.carefile.common.jobs..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.kagkarlsson..")
          .because(
              "features declare RecurringJob and OneOffJob beans; common.jobs alone builds and runs"
                  + " them on db-scheduler");

  @ArchTest
  static final ArchRule entitiesNeverCrossTheHttpBoundary =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .and()
          .arePublic()
          .should()
          .notHaveRawReturnType(
              DescribedPredicate.describe("an @Entity", type -> type.isAnnotatedWith(Entity.class)))
          .because("records in, records out");

  @ArchTest
  static final ArchRule resourcesReachDataOnlyThroughServices =
      noClasses()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(PanacheRepositoryBase.class)
          .because("thin resources call one service method; scoping lives in the repositories");

  @ArchTest
  static final ArchRule featuresDependOnEachOtherWithoutCycles =
      slices()
          .matching("io.carefile.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a feature calls the services of the features below it, never back up");
}
