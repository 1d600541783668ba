package io.carefile.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.audit.AuditLog;
import io.carefile.common.db.ConstraintViolations;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.security.Caller;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.InvalidTemplateException;
import io.carefile.template.definition.TemplateCompiler;
import io.carefile.template.definition.TemplateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishes template versions: uploaded by a regulator admin, or loaded from the template files at
 * start. Either way the version is validated by {@link TemplateCompiler}, stored once, never
 * changed, and its publication is audited.
 */
@ApplicationScoped
public class TemplatePublisher {

  private static final String UPLOAD = "upload";

  private final ReturnTemplateVersionRepository versions;
  private final AuditLog audit;
  private final Caller caller;
  private final Clock clock;
  private final ObjectMapper json;

  TemplatePublisher(
      ReturnTemplateVersionRepository versions,
      AuditLog audit,
      Caller caller,
      Clock clock,
      ObjectMapper json) {
    this.versions = versions;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Publishes an uploaded template document as a new version.
   *
   * @throws ProblemException invalid request (400) naming every problem by its path in the
   *     document; conflict (409) if the version is published already or is not above the latest
   */
  @Transactional
  public TemplateVersionDocument publish(String document, TemplateFormat format) {
    CompiledTemplate template;
    try {
      template = TemplateCompiler.compile(UPLOAD, document, format);
    } catch (InvalidTemplateException e) {
      throw invalid(e);
    }
    Optional<Integer> latest = versions.latestVersionNumber(template.code());
    if (latest.isPresent() && latest.get() >= template.version()) {
      throw new ProblemException(
          TemplateProblems.VERSION_ALREADY_PUBLISHED,
          (latest.get() == template.version()
                  ? template.code() + " version " + template.version() + " is already published"
                  : template.code() + " version " + latest.get() + " is published")
              + "; published versions never change: publish this as version "
              + (latest.get() + 1));
    }
    try {
      ReturnTemplateVersion stored =
          store(template, TemplateSource.API, caller.username() + " (" + caller.subject() + ")");
      return TemplateVersionDocument.of(stored, template.definition());
    } catch (PersistenceException e) {
      if (ConstraintViolations.isViolationOf(e, "return_template_version_unique")) {
        throw new ProblemException(
            TemplateProblems.VERSION_ALREADY_PUBLISHED,
            template.code() + " version " + template.version() + " was published meanwhile");
      }
      throw e;
    }
  }

  /**
   * Publishes a template file loaded at start, unless that version is stored already. A stored
   * version that differs from its file stops the start: published versions are immutable.
   */
  @Transactional
  public void publishFile(Path file, CompiledTemplate template) {
    Optional<ReturnTemplateVersion> existing =
        versions.findVersion(template.code(), template.version());
    if (existing.isEmpty()) {
      store(template, TemplateSource.FILE, AuditLog.SYSTEM_ACTOR);
      return;
    }
    ReturnTemplateVersion stored = existing.get();
    if (!canonical(stored.definition).equals(template.canonicalJson())) {
      throw new IllegalStateException(
          "Template file "
              + file
              + " differs from "
              + template.code()
              + " version "
              + template.version()
              + " as published on "
              + stored.publishedAt
              + " (from "
              + stored.source.code()
              + ", SHA-256 "
              + stored.definitionSha256
              + "). A published version never changes: restore the file, and publish the change"
              + " as a new version.");
    }
  }

  private ReturnTemplateVersion store(
      CompiledTemplate template, TemplateSource source, String publishedBy) {
    ReturnTemplateVersion stored = new ReturnTemplateVersion();
    stored.id = UUID.randomUUID();
    stored.code = template.code();
    stored.version = template.version();
    stored.title = template.definition().title();
    stored.periodType = template.definition().periodType();
    stored.dueOffsetDays = template.definition().dueOffsetDays();
    stored.categories =
        template.definition().categories().stream().map(Enum::name).toArray(String[]::new);
    stored.definition = template.canonicalJson();
    stored.definitionSha256 = template.sha256();
    stored.publishedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    stored.publishedBy = publishedBy;
    stored.source = source;
    versions.persist(stored);
    versions.flush();
    Map<String, Object> published = new LinkedHashMap<>();
    published.put("code", stored.code);
    published.put("version", stored.version);
    published.put("definitionSha256", stored.definitionSha256);
    published.put("source", source.code());
    published.put("publishedAt", stored.publishedAt.toString());
    audit.append(
        new AuditLog.Entry(
            "template.published",
            "ReturnTemplateVersion",
            stored.code + "/v" + stored.version,
            null,
            published));
    return stored;
  }

  /** The stored document in canonical form: PostgreSQL's jsonb keeps values, not layout. */
  private String canonical(String storedDefinition) {
    try {
      return CanonicalJson.of(json.readTree(storedDefinition));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored template definition is not JSON", e);
    }
  }

  private static ProblemException invalid(InvalidTemplateException e) {
    List<Problem.FieldError> errors =
        e.problems().stream()
            .map(problem -> new Problem.FieldError(problem.path(), problem.message()))
            .toList();
    String paths =
        errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
    return new ProblemException(
        TemplateProblems.INVALID_TEMPLATE,
        "The template is invalid ("
            + (errors.size() == 1 ? "1 problem" : errors.size() + " problems")
            + "): "
            + paths
            + ". Nothing was published.",
        errors);
  }
}
