package io.carefile.common.tenancy;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.UUID;

/**
 * Resolves the current {@link Scope} once per use: system work sees all (narrowed to a requester's
 * scope while it works for one, {@link RequesterScope}); otherwise the caller of the request
 * decides (a regulator sees all, a platform caller its own platform); anything else sees nothing.
 * Both lines of tenant scoping ask here: the repositories' queries and the database session ({@link
 * ScopedConnections}).
 */
@ApplicationScoped
public class TenantScope {

  private final Instance<Caller> caller;
  private final Instance<EntityManager> entityManager;

  // Both looked up when used: the connection pool builds this bean while the ORM may not exist yet.
  TenantScope(Instance<Caller> caller, Instance<EntityManager> entityManager) {
    this.caller = caller;
    this.entityManager = entityManager;
  }

  public Scope current() {
    if (SystemWork.active()) {
      Scope requester = RequesterScope.narrowed();
      return requester != null ? requester : Scope.ALL;
    }
    if (!Arc.container().requestContext().isActive()) {
      return Scope.NONE;
    }
    try {
      Caller current = caller.get();
      if (!current.isAuthenticated()) {
        return Scope.NONE;
      }
      if (current.isRegulator()) {
        return Scope.ALL;
      }
      return current.platform().map(Scope::of).orElse(Scope.NONE);
    } catch (RuntimeException unresolvable) {
      // An identity that cannot be resolved (an invalid platform claim, ...) sees nothing.
      return Scope.NONE;
    }
  }

  /**
   * A native query about one platform's rows. The SQL names that platform as {@code :platform},
   * which is bound here and only after checking that it is in scope; row-level security backs it.
   */
  public Query nativeQuery(UUID platformId, String sql) {
    return bind(platformId, entityManager.get().createNativeQuery(sql));
  }

  /** Like {@link #nativeQuery(UUID, String)}, mapping rows to the result class. */
  public Query nativeQuery(UUID platformId, String sql, Class<?> resultClass) {
    return bind(platformId, entityManager.get().createNativeQuery(sql, resultClass));
  }

  /** Refuses, as not found, a platform the current scope does not see. */
  public void requireInScope(UUID platformId) {
    if (!current().sees(platformId)) {
      throw ProblemException.notFound("Platform", platformId);
    }
  }

  private Query bind(UUID platformId, Query query) {
    requireInScope(platformId);
    return query.setParameter("platform", platformId);
  }
}
