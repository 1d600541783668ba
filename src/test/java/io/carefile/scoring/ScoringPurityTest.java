package io.carefile.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The score calculator, the override policy and the benchmark statistics stay plain Java, testable
 * without Quarkus or a database, as the validation engine is. The scoring feature also holds its
 * entities, repositories, services and resources; the rule names the plain classes: add any new one
 * here.
 */
@AnalyzeClasses(
    packages = "io.carefile.scoring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheCalculator =
      noClasses()
          .that()
          .belongToAnyOf(
              ScoreCalculator.class,
              CalculatedScore.class,
              IndicatorScore.class,
              ScoreBand.class,
              ScoreOverridePolicy.class,
              ScoreOverrideState.class,
              ScoreOverrideStep.class,
              BenchmarkStatistics.class,
              BenchmarkDistribution.class,
              BenchmarkOutlierSide.class,
              BenchmarkCalculator.class,
              BenchmarkEntry.class,
              BenchmarkView.class,
              BenchmarkMeasure.class,
              BenchmarkOutlier.class,
              BenchmarkPosition.class,
              BenchmarkStanding.class,
              BenchmarkCategory.class,
              PeerGroup.class,
              SizeBand.class,
              SizeBands.class)
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
              "io.carefile.filing..",
              "io.carefile.common..")
          .because(
              "the score calculator and benchmark statistics are tested with plain, fast JUnit"
                  + " tables (house rule 13)");
}
