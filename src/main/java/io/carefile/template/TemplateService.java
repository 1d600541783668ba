package io.carefile.template;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateCompiler;
import io.carefile.template.definition.TemplateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published return templates, for people (through the API) and for the features that use them:
 * obligations are generated from {@link #latestVersions()}, returns are validated and scored with
 * {@link #compiled(String, int)}.
 *
 * <p>A version is compiled once per process and kept: published versions never change, so the cache
 * is never invalidated. Versions published on another replica are compiled on first use.
 */
@ApplicationScoped
public class TemplateService {

  private record Key(String code, int version) {}

  private final ReturnTemplateVersionRepository versions;
  private final Map<Key, CompiledTemplate> compiled = new ConcurrentHashMap<>();

  TemplateService(ReturnTemplateVersionRepository versions) {
    this.versions = versions;
  }

  /** The latest version of every template. For system use: not scoped to a caller. */
  @Transactional
  public List<TemplateVersionSummary> latestVersions() {
    return versions.listLatest().stream().map(ReturnTemplateVersion::summary).toList();
  }

  @Transactional
  public Optional<TemplateVersionSummary> find(String code, int version) {
    return versions.findVersion(code, version).map(ReturnTemplateVersion::summary);
  }

  /**
   * A published version with its fields, rules and indicators compiled.
   *
   * @throws ProblemException not found, if no such version is published
   */
  @Transactional
  public CompiledTemplate compiled(String code, int version) {
    Key key = new Key(code, version);
    CompiledTemplate known = compiled.get(key);
    if (known != null) {
      return known;
    }
    ReturnTemplateVersion stored = stored(code, version);
    return compiled.computeIfAbsent(
        key,
        absent ->
            TemplateCompiler.compile(
                "published " + code + " version " + version,
                stored.definition,
                TemplateFormat.JSON));
  }

  @Transactional
  public Page<TemplateVersionView> listLatest(PageRequest page) {
    return versions.pageLatest(page).map(TemplateVersionView::of);
  }

  @Transactional
  public Page<TemplateVersionView> listVersions(String code, PageRequest page) {
    Page<ReturnTemplateVersion> found = versions.pageVersions(code, page);
    if (found.totalItems() == 0) {
      throw ProblemException.notFound("Template", code);
    }
    return found.map(TemplateVersionView::of);
  }

  @Transactional
  public TemplateVersionDocument get(String code, int version) {
    return TemplateVersionDocument.of(stored(code, version), compiled(code, version).definition());
  }

  /** Keeps a template compiled at start, once its version is known to be stored as it is. */
  void remember(CompiledTemplate template) {
    compiled.putIfAbsent(new Key(template.code(), template.version()), template);
  }

  private ReturnTemplateVersion stored(String code, int version) {
    return versions
        .findVersion(code, version)
        .orElseThrow(() -> ProblemException.notFound("Template", code + " version " + version));
  }
}
