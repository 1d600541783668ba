package io.carefile.template;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published template versions. Templates belong to the regulator and are read by every role, so
 * this repository is not platform-scoped.
 */
@ApplicationScoped
public class ReturnTemplateVersionRepository
    implements PanacheRepositoryBase<ReturnTemplateVersion, UUID> {

  private static final String LATEST =
      "from ReturnTemplateVersion t where t.version ="
          + " (select max(v.version) from ReturnTemplateVersion v where v.code = t.code)";

  public Optional<ReturnTemplateVersion> findVersion(String code, int version) {
    return find("code = ?1 and version = ?2", code, version).firstResultOptional();
  }

  public Optional<Integer> latestVersionNumber(String code) {
    return find("code", Sort.by("version").descending(), code)
        .firstResultOptional()
        .map(stored -> stored.version);
  }

  /** The latest version of every template, by code. */
  public List<ReturnTemplateVersion> listLatest() {
    return find(LATEST + " order by t.code").list();
  }

  public Page<ReturnTemplateVersion> pageLatest(PageRequest page) {
    return page(find(LATEST + " order by t.code"), page);
  }

  public Page<ReturnTemplateVersion> pageVersions(String code, PageRequest page) {
    return page(
        find("code = :code", Sort.by("version").descending(), Parameters.with("code", code)), page);
  }

  private static Page<ReturnTemplateVersion> page(
      PanacheQuery<ReturnTemplateVersion> query, PageRequest page) {
    long total = query.count();
    return Page.of(query.range(page.offset(), page.offset() + page.size - 1).list(), page, total);
  }
}
