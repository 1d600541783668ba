package io.carefile.common.tenancy;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.LockOptions;

/**
 * The one way to platform-owned data. Every operation is scoped by {@link TenantScope}: a platform
 * caller reads, locks and writes only its own platform's rows; regulators and {@link SystemWork}
 * see every platform; anyone else sees nothing. Another platform's record is indistinguishable from
 * a missing one (404). There is no unscoped operation: the entity manager stays private, so scoping
 * cannot be forgotten; row-level security in the database is the second line.
 *
 * <p>Conditions are JPQL over the entity's attributes ({@code "status = :status"}), as in Panache.
 *
 * @param <E> a platform-owned entity
 */
public abstract class PlatformScopedRepository<E> {

  private static final String SCOPE_PARAMETER = "scopePlatform";

  private final Class<E> type;
  private final String entityName;
  private final String platformAttribute;
  private final Function<E, UUID> platformOf;

  @Inject EntityManager entityManager;
  @Inject TenantScope tenantScope;

  /**
   * @param type the entity class
   * @param entityName how the entity is named in a 404 answer
   * @param platformAttribute the attribute holding the owning platform's id
   * @param platformOf reads that attribute
   */
  protected PlatformScopedRepository(
      Class<E> type, String entityName, String platformAttribute, Function<E, UUID> platformOf) {
    this.type = type;
    this.entityName = entityName;
    this.platformAttribute = platformAttribute;
    this.platformOf = platformOf;
  }

  /** The record, if it exists and is in scope; from the persistence context when already loaded. */
  public Optional<E> findVisible(UUID id) {
    E entity = entityManager.find(type, id);
    return entity != null && tenantScope.current().sees(platformOf.apply(entity))
        ? Optional.of(entity)
        : Optional.empty();
  }

  public E getVisible(UUID id) {
    return findVisible(id).orElseThrow(() -> ProblemException.notFound(entityName, id));
  }

  /**
   * Like {@link #getVisible} but locks the row until the transaction ends, so that changes to one
   * record (a submission, a decision) happen one at a time.
   */
  public E getVisibleForUpdate(UUID id) {
    return query("id = :id", Sort.empty(), Map.of("id", id))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound(entityName, id));
  }

  /** The first record in scope that matches, if any. */
  public Optional<E> firstVisible(String where, Map<String, Object> parameters) {
    return firstVisible(where, Sort.empty(), parameters);
  }

  /**
   * The first record in scope that matches in {@code sort}'s order, if any: one row is read and
   * managed, not every match (each managed record is dirty-checked at every flush after).
   */
  public Optional<E> firstVisible(String where, Sort sort, Map<String, Object> parameters) {
    return query(where, sort, parameters).setMaxResults(1).getResultStream().findFirst();
  }

  public List<E> listVisible(String where, Sort sort, Map<String, Object> parameters) {
    return query(where, sort, parameters).getResultList();
  }

  /**
   * The matching records in scope, locked until the transaction ends; rows another transaction
   * holds are skipped (left to it), so that several replicas can work through one set at once.
   */
  public List<E> lockVisibleSkippingLocked(String where, Map<String, Object> parameters) {
    return query(where, Sort.empty(), parameters)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
        .getResultList();
  }

  public Page<E> pageVisible(
      String where, Sort sort, Map<String, Object> parameters, PageRequest page) {
    Scoped scoped = scoped(where, parameters);
    TypedQuery<Long> count =
        entityManager.createQuery(
            "select count(*) from " + jpqlName() + " where " + scoped.condition(), Long.class);
    scoped.parameters().forEach(count::setParameter);
    long total = count.getSingleResult();
    List<E> rows =
        query(where, sort, parameters)
            .setFirstResult(page.offset())
            .setMaxResults(page.size)
            .getResultList();
    return Page.of(rows, page, total);
  }

  /**
   * The distinct values of one attribute among the records in scope that match, in that attribute's
   * order, at most {@code max}: a list of choices (the periods a template has scores for) without
   * reading the records themselves.
   *
   * @param attribute the entity attribute, as JPQL names it (never text from a request)
   */
  public <T> List<T> distinctVisible(
      String attribute,
      Class<T> valueType,
      String where,
      Map<String, Object> parameters,
      Sort.Direction order,
      int max) {
    Scoped scoped = scoped(where, parameters);
    TypedQuery<T> query =
        entityManager.createQuery(
            "select distinct "
                + attribute
                + " from "
                + jpqlName()
                + " where "
                + scoped.condition()
                + " order by "
                + attribute
                + (order == Sort.Direction.Descending ? " desc" : ""),
            valueType);
    scoped.parameters().forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  /** Stores a new record; one of a platform out of scope is refused as if that were missing. */
  public void persist(E entity) {
    tenantScope.requireInScope(platformOf.apply(entity));
    entityManager.persist(entity);
  }

  /** Writes pending changes now, so that conflicts surface inside the service method. */
  public void flush() {
    entityManager.flush();
  }

  /** Reloads a record already in scope, e.g. for columns the database fills in. */
  public void refresh(E entity) {
    tenantScope.requireInScope(platformOf.apply(entity));
    entityManager.refresh(entity);
  }

  /**
   * A native query about one platform's rows, for what JPQL cannot say: see {@link
   * TenantScope#nativeQuery(UUID, String)}.
   */
  protected Query nativeQuery(UUID platformId, String sql) {
    return tenantScope.nativeQuery(platformId, sql);
  }

  /**
   * Holds, until the transaction ends, the right to change what {@code key} names among one
   * platform's records: a second transaction asking for the same key waits here, then reads what
   * the first committed. The platform is part of the lock, so platforms never wait for each other;
   * the key names the feature first ({@code "review-neighbours/" + template}) so that features
   * never share a lock by accident.
   */
  protected void lockUntilTransactionEnds(UUID platformId, String key) {
    nativeQuery(
            platformId,
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended("
                + "cast(:platform as text) || '/' || :key, 0))) as locked")
        .setParameter("key", key)
        .getSingleResult();
  }

  private TypedQuery<E> query(String where, Sort sort, Map<String, Object> parameters) {
    Scoped scoped = scoped(where, parameters);
    TypedQuery<E> query =
        entityManager.createQuery(
            "from " + jpqlName() + " where " + scoped.condition() + orderBy(sort), type);
    scoped.parameters().forEach(query::setParameter);
    return query;
  }

  private record Scoped(String condition, Map<String, Object> parameters) {}

  private Scoped scoped(String where, Map<String, Object> parameters) {
    String condition = where == null || where.isBlank() ? "1 = 1" : "(" + where + ")";
    Scope scope = tenantScope.current();
    if (scope.all()) {
      return new Scoped(condition, parameters);
    }
    Map<String, Object> bound = new HashMap<>(parameters);
    // Nobody in scope: a platform that cannot exist, so that nothing matches.
    bound.put(SCOPE_PARAMETER, scope.platform() == null ? new UUID(0, 0) : scope.platform());
    return new Scoped(condition + " and " + platformAttribute + " = :" + SCOPE_PARAMETER, bound);
  }

  private String jpqlName() {
    return type.getSimpleName();
  }

  private static String orderBy(Sort sort) {
    if (sort == null || sort.getColumns().isEmpty()) {
      return "";
    }
    return sort.getColumns().stream()
        .map(
            column ->
                column.getName()
                    + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
        .collect(Collectors.joining(", ", " order by ", ""));
  }
}
