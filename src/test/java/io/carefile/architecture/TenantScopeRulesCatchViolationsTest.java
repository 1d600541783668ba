package io.carefile.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The tenant-scope rules fail on a deliberate violation, so their passing means something. */
class TenantScopeRulesCatchViolationsTest {

  private final JavaClasses violation =
      new ClassFileImporter().importClasses(ScopeLeakingTestResource.class);

  @Test
  void aResourceThatGoesAroundItsScopeBreaksTheBuild() {
    EvaluationResult result =
        TenantScopeArchitectureTest.requestPathsStayInTheCallersScope.evaluate(violation);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("EntityManager"))
        .anyMatch(line -> line.contains("SystemWork"));
  }

  @Test
  void systemWorkOutsideASchedulerOrStartUpBreaksTheBuild() {
    assertThat(
            TenantScopeArchitectureTest.systemWorkStartsOnlyAtItsBoundaries
                .evaluate(violation)
                .hasViolation())
        .isTrue();
  }
}
