package io.carefile.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.audit.LogProofs;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValidator;
import io.carefile.validation.ReturnValues;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What callers may read of returns: filings with their drafts' findings, submitted versions,
 * receipts and comparisons. Reads only; every change is in {@link FilingService}.
 */
@ApplicationScoped
public class FilingQueries {

  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> EXPLANATIONS = new TypeReference<>() {};

  private final FilingRepository filings;
  private final FilingVersionRepository versions;
  private final ObligationService obligations;
  private final TemplateService templates;
  private final LogProofs logProofs;

  FilingQueries(
      FilingRepository filings,
      FilingVersionRepository versions,
      ObligationService obligations,
      TemplateService templates,
      LogProofs logProofs) {
    this.filings = filings;
    this.versions = versions;
    this.obligations = obligations;
    this.templates = templates;
    this.logProofs = logProofs;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<FilingView> list(FilingFilter filter, PageRequest page) {
    return listed(filter, page).map(this::view);
  }

  /**
   * The same list as {@link #list} in brief, for the register's export: each return with its period
   * and latest submission, three queries a page rather than several per return.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<FilingRegisterRow> register(FilingFilter filter, PageRequest page) {
    Page<Filing> listed = listed(filter, page);
    Map<UUID, ObligationView> periods =
        obligations.getAll(listed.items().stream().map(filing -> filing.obligationId).toList());
    Map<UUID, FilingVersion> latest = versions.latestOf(listed.items());
    return listed.map(
        filing -> {
          ObligationView obligation = periods.get(filing.obligationId);
          Optional<FilingVersion> submitted = Optional.ofNullable(latest.get(filing.id));
          return new FilingRegisterRow(
              filing.id,
              filing.platformId,
              filing.obligationId,
              filing.templateCode,
              filing.templateVersion,
              obligation.periodStart(),
              obligation.periodEnd(),
              obligation.dueDate(),
              filing.status,
              filing.latestVersion,
              filing.acceptedVersion,
              submitted.map(version -> version.accessionNumber).orElse(null),
              submitted.map(version -> version.submittedAt).orElse(null),
              submitted.map(version -> version.submittedBy).orElse(null),
              submitted.map(version -> version.attestorName).orElse(null),
              submitted.map(version -> version.source).orElse(null),
              submitted.map(version -> version.late).orElse(null),
              filing.draftSavedAt);
        });
  }

  private Page<Filing> listed(FilingFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("obligationId = :obligation", "obligation", filter.obligationId)
            .and("platformId = :platform", "platform", filter.platformId)
            .and("status = :status", "status", filter.wantedStatus());
    // Newest first; the id breaks ties, so that consecutive pages neither repeat nor skip one.
    return filings.pageVisible(
        where.query(), Sort.by("createdAt").descending().and("id"), where.parameters(), page);
  }

  /** The returns of those obligations the caller may see, by obligation, in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, FilingReference> referencesFor(Collection<UUID> obligationIds) {
    if (obligationIds.isEmpty()) {
      return Map.of();
    }
    return filings
        .listVisible(
            "obligationId in :obligations", Sort.empty(), Map.of("obligations", obligationIds))
        .stream()
        .collect(
            Collectors.toMap(
                filing -> filing.obligationId,
                filing ->
                    new FilingReference(
                        filing.id, filing.obligationId, filing.status, filing.hasDraft())));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public FilingView get(UUID id) {
    return view(filings.getVisible(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public VersionView version(UUID id, int number) {
    Filing filing = filings.getVisible(id);
    FilingVersion version = versionOf(filing, number);
    return new VersionView(
        filing.id,
        version.number,
        version.accessionNumber,
        version.submittedAt,
        version.submittedBy,
        version.source,
        version.late,
        valuesOf(version.filedValues),
        StoredJson.read(version.findings, FINDINGS),
        StoredJson.read(version.explanations, EXPLANATIONS),
        new AttestationView(
            version.attestorUsername,
            version.attestorName,
            version.attestorRole,
            version.attestationStatement,
            version.submittedAt),
        version.sha256);
  }

  /**
   * Every return the caller may see that has a submitted version, with its latest version, oldest
   * first: what the enforcement sweep re-evaluates (as system work, every platform's).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LatestSubmission> latestSubmissions() {
    return filings
        .listVisible("latestVersion > 0", Sort.by("createdAt").and("id"), Map.of())
        .stream()
        .map(
            filing ->
                new LatestSubmission(
                    filing.id,
                    filing.platformId,
                    filing.obligationId,
                    filing.templateCode,
                    filing.templateVersion,
                    filing.status,
                    filing.latestVersion))
        .toList();
  }

  /** The values filed in a submitted version, as the template's expressions read them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReturnValues filedValues(UUID id, int number) {
    return ReturnValues.fromJson(
        StoredJson.tree(versionOf(filings.getVisible(id), number).filedValues));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Receipt receipt(UUID id, int number) {
    return receiptOf(versionOf(filings.getVisible(id), number));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Receipt receipt(String accessionNumber) {
    return receiptOf(
        versions
            .byAccessionNumber(accessionNumber)
            .orElseThrow(() -> ProblemException.notFound("Receipt", accessionNumber)));
  }

  /**
   * The receipt with its inclusion proof against the checkpoint of {@code treeSize}, or else the
   * latest checkpoint once one covers its audit event; the receipt alone before that, or for a
   * version filed before receipts were signed.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvenReceipt provenReceipt(String accessionNumber, OptionalLong treeSize) {
    FilingVersion version =
        versions
            .byAccessionNumber(accessionNumber)
            .orElseThrow(() -> ProblemException.notFound("Receipt", accessionNumber));
    Receipt receipt = receiptOf(version);
    if (treeSize.isPresent()) {
      if (version.auditEventId == null) {
        throw ProblemException.notFound("Logged receipt", accessionNumber);
      }
      LogProofs.CheckpointedInclusion proven =
          logProofs.inCheckpoint(version.auditEventId, treeSize.getAsLong());
      return new ProvenReceipt(receipt, proven.checkpoint(), proven.inclusion());
    }
    return Optional.ofNullable(version.auditEventId)
        .flatMap(logProofs::inLatestCheckpoint)
        .map(proven -> new ProvenReceipt(receipt, proven.checkpoint(), proven.inclusion()))
        .orElseGet(() -> new ProvenReceipt(receipt, null, null));
  }

  /** The fields whose values differ between two submitted versions, in the template's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Diff diff(UUID id, int from, int to) {
    Filing filing = filings.getVisible(id);
    if (from >= to) {
      throw ProblemException.onField(
          FilingProblems.INVALID_COMPARISON,
          "Compare an earlier version with a later one: from must be less than to",
          "query.from",
          "must be less than to");
    }
    ReturnValues before =
        ReturnValues.fromJson(StoredJson.tree(versionOf(filing, from).filedValues));
    ReturnValues after = ReturnValues.fromJson(StoredJson.tree(versionOf(filing, to).filedValues));
    CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
    List<FieldChange> changes =
        template.fields().values().stream()
            .filter(field -> !sameValue(before.get(field.code()), after.get(field.code())))
            .map(
                field ->
                    new FieldChange(
                        field.code(),
                        field.label(),
                        before.get(field.code()),
                        after.get(field.code())))
            .toList();
    return new Diff(filing.id, from, to, changes);
  }

  /**
   * The platform's return of the same template for the latest earlier period that has a submitted
   * version: what an analyst compares a return with. None for a platform's first period.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FilingView> previousPeriodOf(UUID id) {
    Filing filing = filings.getVisible(id);
    ObligationView obligation = obligations.get(filing.obligationId);
    return filings
        .latestSubmittedBefore(filing.platformId, filing.templateCode, obligation.periodStart())
        .map(previous -> view(filings.getVisible(previous)));
  }

  /** The compiled template a filing is on, for pages that lay its fields out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CompiledTemplate templateOf(UUID id) {
    Filing filing = filings.getVisible(id);
    return templates.compiled(filing.templateCode, filing.templateVersion);
  }

  /** A filing as callers see it: its draft with the draft's findings, and its versions. */
  FilingView view(Filing filing) {
    ObligationView obligation = obligations.get(filing.obligationId);
    Draft draft = null;
    if (filing.hasDraft()) {
      CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
      ReturnValues values = draftOf(filing);
      draft =
          new Draft(
              valuesOf(filing.draftValues),
              validate(template, filing, obligation, values),
              filing.draftSavedAt,
              filing.draftSavedBy,
              filing.draftSource);
    }
    return new FilingView(
        filing.id,
        filing.platformId,
        filing.obligationId,
        filing.templateCode,
        filing.templateVersion,
        obligation.periodStart(),
        obligation.periodEnd(),
        obligation.dueDate(),
        filing.status,
        filing.latestVersion,
        filing.acceptedVersion,
        draft,
        versions.versionsOf(filing.id).stream().map(VersionSummary::of).toList(),
        filing.version);
  }

  /**
   * What validation finds in these values as a draft of the obligation's return, saving nothing:
   * the same findings a saved draft of them would carry. For an obligation the caller may see.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> validateFor(UUID obligationId, ReturnValues values) {
    ObligationView obligation = obligations.get(obligationId);
    CompiledTemplate template =
        templates.compiled(obligation.templateCode(), obligation.templateVersion());
    return validate(template, obligation.platformId(), obligation, values);
  }

  /** Validation of values for the filing, against the platform's previous accepted return. */
  List<Finding> validate(
      CompiledTemplate template, Filing filing, ObligationView obligation, ReturnValues values) {
    return validate(template, filing.platformId, obligation, values);
  }

  private List<Finding> validate(
      CompiledTemplate template, UUID platformId, ObligationView obligation, ReturnValues values) {
    ReturnValues previous =
        template.definition().periodOverPeriod() == null
            ? ReturnValues.empty()
            : versions
                .previousAcceptedValues(platformId, template.code(), obligation.periodStart())
                .map(json -> ReturnValues.fromJson(StoredJson.tree(json)))
                .orElse(ReturnValues.empty());
    return ReturnValidator.validate(
        template, values, obligation.periodStart(), obligation.periodEnd(), previous);
  }

  FilingVersion versionOf(Filing filing, int number) {
    return versions
        .version(filing.id, number)
        .orElseThrow(
            () -> ProblemException.notFound("Version " + number + " of filing", filing.id));
  }

  static ReturnValues draftOf(Filing filing) {
    return ReturnValues.fromJson(StoredJson.tree(filing.draftValues));
  }

  private static Map<String, JsonNode> valuesOf(String json) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    StoredJson.tree(json)
        .properties()
        .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    return values;
  }

  private static Receipt receiptOf(FilingVersion version) {
    return new Receipt(
        version.accessionNumber,
        version.filingId,
        version.number,
        version.submittedAt,
        "SHA-256",
        version.sha256,
        version.canonicalPayload,
        version.auditEventId,
        version.receiptSignature);
  }

  private static boolean sameValue(JsonNode before, JsonNode after) {
    if (before == null || after == null) {
      return before == after;
    }
    if (before.isNumber() && after.isNumber()) {
      return before.decimalValue().compareTo(after.decimalValue()) == 0;
    }
    return before.equals(after);
  }
}
