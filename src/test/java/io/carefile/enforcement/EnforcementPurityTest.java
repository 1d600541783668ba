package io.carefile.enforcement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The case lifecycle, the appeal rule, the grounds' keys, the steps' content, the requirements'
 * steps and the documents' types stay plain Java, tested with tables and no Quarkus or database.
 * The enforcement feature also holds entities, services and resources; the rule names the policies'
 * classes: add any new one here.
 */
@AnalyzeClasses(
    packages = "io.carefile.enforcement",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EnforcementPurityTest {

  @ArchTest
  static final ArchRule noFrameworkInTheCasePolicies =
      noClasses()
          .that()
          .belongToAnyOf(
              CaseLifecycle.class,
              CaseStage.class,
              CaseStep.class,
              AppealPolicy.class,
              AppealStatus.class,
              AppealOutcome.class,
              CaseAction.class,
              CaseReference.class,
              CaseStepContent.class,
              CaseTrigger.class,
              DocumentTypes.class,
              EnforcementGrounds.class,
              GroundKind.class,
              OverdueObligationPolicy.class,
              RequirementPolicy.class,
              RequirementStatus.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta..",
              "org.hibernate..",
              "io.carefile.common..")
          .because("the lifecycle is tested with plain, fast JUnit tables (house rule 13)");
}
