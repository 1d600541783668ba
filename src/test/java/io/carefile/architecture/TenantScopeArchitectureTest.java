package io.carefile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.carefile.common.tenancy.SystemWork;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Tenant scope cannot be bypassed on a request path (docs/architecture.md, "Tenant scope").
 *
 * <p>A <em>request path</em> class is one that answers HTTP requests for a caller: a JAX-RS
 * resource (annotated {@code @Path}, which includes the portal's pages) or any class of the portal.
 * A <em>system-work boundary</em> is a class that starts work on no caller's behalf: it has a
 * {@code @Scheduled} method, observes {@code StartupEvent}, or runs a scheduled job's execution (a
 * db-scheduler execution handler, which only {@code common.jobs} declares).
 */
@AnalyzeClasses(packages = "io.carefile", importOptions = ImportOption.DoNotIncludeTests.class)
public class TenantScopeArchitectureTest {

  static final DescribedPredicate<JavaClass> REQUEST_PATH =
      DescribedPredicate.describe(
          "request-path classes (JAX-RS resources, portal pages)",
          type ->
              type.isAnnotatedWith(Path.class)
                  || type.getPackageName().startsWith("io.carefile.portal"));

  static final DescribedPredicate<JavaClass> SYSTEM_WORK_BOUNDARY =
      DescribedPredicate.describe(
          "system-work boundaries (a @Scheduled method, an observer of StartupEvent, or the"
              + " execution of a scheduled job)",
          type ->
              type.isAssignableTo(VoidExecutionHandler.class)
                  || type.getMethods().stream()
                      .anyMatch(
                          method ->
                              method.isAnnotatedWith(Scheduled.class)
                                  || method.getParameters().stream()
                                      .anyMatch(
                                          parameter ->
                                              parameter.isAnnotatedWith(Observes.class)
                                                  && parameter
                                                      .getRawType()
                                                      .isAssignableTo(StartupEvent.class))));

  /** Operations that name no tenant scope: the ORM and JDBC directly, and the escape. */
  static final DescribedPredicate<JavaClass> UNSCOPED =
      DescribedPredicate.describe(
          "unscoped data access (JPA, Hibernate, Panache, JDBC, Agroal) or SystemWork",
          type ->
              type.getPackageName().startsWith("jakarta.persistence")
                  || type.getPackageName().startsWith("org.hibernate")
                  || type.getPackageName().startsWith("io.quarkus.hibernate.orm.panache")
                  || type.getPackageName().startsWith("io.agroal")
                  || Set.of(
                          Connection.class.getName(),
                          Statement.class.getName(),
                          java.sql.PreparedStatement.class.getName(),
                          DataSource.class.getName(),
                          SystemWork.class.getName())
                      .contains(type.getName()));

  @ArchTest
  public static final ArchRule requestPathsStayInTheCallersScope =
      noClasses()
          .that(REQUEST_PATH)
          .should()
          .accessClassesThat(UNSCOPED)
          .because(
              "a request is served in its caller's tenant scope: through services and their"
                  + " scoped repositories, never around them nor through SystemWork");

  @ArchTest
  public static final ArchRule systemWorkStartsOnlyAtItsBoundaries =
      noClasses()
          .that(DescribedPredicate.not(SYSTEM_WORK_BOUNDARY))
          .and()
          .resideOutsideOfPackage("io.carefile.common.tenancy..")
          .should()
          .accessClassesThat()
          .belongToAnyOf(SystemWork.class)
          .because(
              "SystemWork sees every platform: only schedulers and start-up work, which act for no"
                  + " caller, may enter it");
}
