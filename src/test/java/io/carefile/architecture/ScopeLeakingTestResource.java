package io.carefile.architecture;

import io.carefile.common.tenancy.SystemWork;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;

/**
 * A deliberate violation of the tenant-scope rules, only for {@link
 * TenantScopeRulesCatchViolationsTest} to analyse. Nobody may call it.
 */
@Path("/api/v1/test-support/scope-leak")
@Authenticated
public class ScopeLeakingTestResource {

  @Inject EntityManager entityManager;

  @GET
  @DenyAll
  public String leak() {
    Object anyRow = entityManager.find(Object.class, UUID.randomUUID());
    return SystemWork.call(() -> String.valueOf(anyRow));
  }
}
