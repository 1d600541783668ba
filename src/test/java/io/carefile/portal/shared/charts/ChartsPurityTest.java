package io.carefile.portal.shared.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The charts' geometry stays plain Java, tested with fast JUnit tables: every class of the package
 * but its message bundle and the bean that writes periods with it.
 */
@AnalyzeClasses(
    packages = "io.carefile.portal.shared.charts",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ChartsPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheGeometry =
      noClasses()
          .that()
          .resideInAPackage("io.carefile.portal.shared.charts")
          .and()
          .doNotBelongToAnyOf(ChartMessages.class, ChartPeriods.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta..",
              "org.hibernate..",
              "io.carefile.scoring..",
              "io.carefile.filing..",
              "io.carefile.common..")
          .because("chart geometry is worked out and tested without Quarkus (house rule 13)");
}
