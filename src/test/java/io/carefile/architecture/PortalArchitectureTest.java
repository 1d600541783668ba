package io.carefile.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.carefile.architecture.fixture.portal.alpha.AlphaPage;
import io.carefile.architecture.fixture.portal.beta.BetaPage;
import io.carefile.architecture.fixture.portal.shared.FixtureHome;
import io.carefile.architecture.fixture.portal.shared.FixtureRoutes;
import org.junit.jupiter.api.Test;

/**
 * The portal is sliced by feature: each page package ({@code portal.platform}, {@code
 * portal.filing}, …) uses the features' services and {@code portal.shared}, never another page
 * package, so pages link through {@code PortalRoutes} and a feature's pages can change alone.
 */
@AnalyzeClasses(packages = "io.carefile", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

  private static final String FIXTURE = "io.carefile.architecture.fixture.portal";

  @ArchTest
  static final ArchRule pagePackagesDependOnlyOnFeaturesAndShared =
      pagePackagesIndependent("io.carefile.portal");

  /** The rule for the portal under {@code portal}: its sub-packages other than shared are pages. */
  static ArchRule pagePackagesIndependent(String portal) {
    return slices()
        .matching(portal + ".(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(alwaysTrue(), resideInAPackage(portal + ".shared.."))
        .because("pages reach each other only through portal.shared (routes, layout support)");
  }

  @Test
  void theRuleAcceptsPagesThatUseOnlyShared() {
    JavaClasses classes =
        new ClassFileImporter().importClasses(AlphaPage.class, FixtureRoutes.class);

    assertThat(pagePackagesIndependent(FIXTURE).evaluate(classes).hasViolation()).isFalse();
  }

  @Test
  void theRuleCatchesAPagePackageReachingIntoAnother() {
    JavaClasses classes =
        new ClassFileImporter().importClasses(AlphaPage.class, BetaPage.class, FixtureRoutes.class);

    var result = pagePackagesIndependent(FIXTURE).evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains(BetaPage.class.getName()) && line.contains("AlphaPage"));
  }

  @Test
  void theRuleCatchesSharedReachingIntoAPage() {
    JavaClasses classes =
        new ClassFileImporter()
            .importClasses(AlphaPage.class, FixtureRoutes.class, FixtureHome.class);

    assertThat(pagePackagesIndependent(FIXTURE).evaluate(classes).hasViolation()).isTrue();
  }
}
