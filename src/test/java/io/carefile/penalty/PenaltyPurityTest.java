package io.carefile.penalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The penalty calculator and the late-filing points policy stay plain Java, tested with tables and
 * no Quarkus or database. They may use {@code common.error} to refuse an input with its code and
 * field, as other policies do. The feature's configuration and, later, its entities, services and
 * resources are not named here: add any new plain class of the calculation to the list.
 */
@AnalyzeClasses(
    packages = "io.carefile.penalty",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PenaltyPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheCalculation =
      noClasses()
          .that()
          .belongToAnyOf(
              Money.class,
              PenaltyCalculator.class,
              PenaltyParameters.class,
              CodedPercent.class,
              PenaltyInput.class,
              DailyPenaltyInput.class,
              ExchangeRate.class,
              PenaltyCalculation.class,
              PenaltyStep.class,
              PenaltyStepName.class,
              PenaltyFigure.class,
              FigureUnit.class,
              CapBasis.class,
              PenaltyKind.class,
              PenaltyProblems.class,
              LateFilingPointsPolicy.class,
              PointsRule.class,
              LateSubmission.class,
              LateFilingDecision.class,
              PointsStanding.class,
              StandingPoint.class,
              PenaltyLifecycle.class,
              PenaltyStatus.class,
              PenaltyType.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta..",
              "org.hibernate..",
              "org.eclipse.microprofile..",
              "com.fasterxml..",
              "io.carefile.common.json..",
              "io.carefile.common.tenancy..",
              "io.carefile.common.db..",
              "io.carefile.filing..",
              "io.carefile.platform..",
              "io.carefile.audit..")
          .because("named policies are plain Java with table tests (docs/architecture.md)");
}
