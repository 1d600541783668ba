package io.carefile.register;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.carefile.common.text.FormulaText;

/**
 * What the register may publish of its figures, and how its CSV is written, stay plain Java, tested
 * with tables and no Quarkus or database. Add any new policy of the register here.
 */
@AnalyzeClasses(
    packages = "io.carefile.register",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RegisterPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheRegisterPolicies =
      noClasses()
          .that()
          .belongToAnyOf(
              RegisterStatisticsPolicy.class,
              ReturnFigures.class,
              EnforcementFigures.class,
              DecisionStanding.class,
              CsvTable.class,
              RegisterCsv.class)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "io.quarkus..",
                      "io.smallrye..",
                      "jakarta..",
                      "org.hibernate..",
                      "io.carefile.common..")
                  // The one spreadsheet rule every writer shares: plain Java itself.
                  .and(not(equivalentTo(FormulaText.class))))
          .because("the register's rules are tested with plain, fast JUnit tables");
}
