package io.carefile.audit.tlog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The tree, the notes, the witness and the offline receipt check run outside Carefile: on the JDK
 * and Jackson alone (and BouncyCastle's Ed25519, which signs), and know nothing else of the
 * application.
 */
@AnalyzeClasses(
    packages = "io.carefile.audit.tlog",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TransparencyLogPurityTest {

  @ArchTest
  static final ArchRule theLogsCodeRunsWithoutCarefile =
      noClasses()
          .that()
          .resideInAPackage("io.carefile.audit.tlog..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta..",
              "org.hibernate..",
              "io.agroal..",
              "java.sql..",
              "io.carefile.common..",
              "io.carefile.audit")
          .because("witnesses and platforms run it from a plain classpath, with no application");
}
