package io.carefile.common.tenancy;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one mechanism that scopes platform-owned data to the caller. Every read a person or a
 * platform client triggers goes through the {@code visible...} methods, which add the caller's
 * platform to the query when the caller is platform-scoped; regulators see every platform. Another
 * platform's record is indistinguishable from a missing one (404).
 *
 * <p>The inherited, unscoped Panache methods are for system work only (scheduled jobs, migrations
 * of state), never for a request made on behalf of a caller.
 *
 * @param <E> a platform-owned entity
 */
public abstract class PlatformScopedRepository<E> implements PanacheRepositoryBase<E, UUID> {

  private static final String PLATFORM_PARAMETER = "callerPlatform";

  @Inject Caller caller;

  /** The entity attribute holding the owning platform's id ({@code "platformId"}, ...). */
  protected abstract String platformAttribute();

  /** How this entity is named in a 404 answer. */
  protected abstract String entityName();

  public Optional<E> findVisible(UUID id) {
    return visibleQuery("id = :id", Sort.empty(), Map.of("id", id)).firstResultOptional();
  }

  public E getVisible(UUID id) {
    return findVisible(id).orElseThrow(() -> ProblemException.notFound(entityName(), id));
  }

  /**
   * Like {@link #getVisible} but locks the row until the transaction ends, so that changes to one
   * record (a submission, a decision) happen one at a time.
   */
  public E getVisibleForUpdate(UUID id) {
    return visibleQuery("id = :id", Sort.empty(), Map.of("id", id))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound(entityName(), id));
  }

  public List<E> listVisible(String where, Sort sort, Map<String, Object> parameters) {
    return visibleQuery(where, sort, parameters).list();
  }

  public Page<E> pageVisible(
      String where, Sort sort, Map<String, Object> parameters, PageRequest page) {
    PanacheQuery<E> query = visibleQuery(where, sort, parameters);
    long total = query.count();
    return Page.of(query.range(page.offset(), page.offset() + page.size - 1).list(), page, total);
  }

  private PanacheQuery<E> visibleQuery(String where, Sort sort, Map<String, Object> parameters) {
    Parameters bound = new Parameters();
    parameters.forEach(bound::and);
    String condition = where == null || where.isBlank() ? "1 = 1" : "(" + where + ")";
    if (caller.isPlatformScoped()) {
      condition += " and " + platformAttribute() + " = :" + PLATFORM_PARAMETER;
      // A platform-scoped caller without a platform claim sees nothing.
      bound.and(PLATFORM_PARAMETER, caller.platform().orElse(new UUID(0, 0)));
    }
    return find(condition, sort, bound);
  }
}
