package io.carefile.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.audit.AuditLog;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.filing.FilingViews.AttestationView;
import io.carefile.filing.FilingViews.Diff;
import io.carefile.filing.FilingViews.Draft;
import io.carefile.filing.FilingViews.FieldChange;
import io.carefile.filing.FilingViews.FilingReference;
import io.carefile.filing.FilingViews.FilingView;
import io.carefile.filing.FilingViews.Receipt;
import io.carefile.filing.FilingViews.SubmissionResult;
import io.carefile.filing.FilingViews.VersionSummary;
import io.carefile.filing.FilingViews.VersionView;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationStatus;
import io.carefile.obligation.ObligationView;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValidator;
import io.carefile.validation.ReturnValues;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drafts, submissions and amendments of returns. Every change happens in one transaction with its
 * audit event; a submission stores its immutable version, receipt, idempotency key and the
 * obligation's fulfilment together, or nothing.
 */
@ApplicationScoped
public class FilingService {

  /** Printable ASCII, as the IETF Idempotency-Key draft allows; long enough for a UUID or ULID. */
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> EXPLANATIONS = new TypeReference<>() {};

  private final FilingRepository filings;
  private final FilingVersionRepository versions;
  private final SubmissionKeys submissionKeys;
  private final ObligationService obligations;
  private final TemplateService templates;
  private final AttestorDirectory attestors;
  private final AuditLog audit;
  private final Caller caller;
  private final RegulatorCalendar calendar;
  private final FilingConfig config;
  private final Clock clock;

  FilingService(
      FilingRepository filings,
      FilingVersionRepository versions,
      SubmissionKeys submissionKeys,
      ObligationService obligations,
      TemplateService templates,
      AttestorDirectory attestors,
      AuditLog audit,
      Caller caller,
      RegulatorCalendar calendar,
      FilingConfig config,
      Clock clock) {
    this.filings = filings;
    this.versions = versions;
    this.submissionKeys = submissionKeys;
    this.obligations = obligations;
    this.templates = templates;
    this.attestors = attestors;
    this.audit = audit;
    this.caller = caller;
    this.calendar = calendar;
    this.config = config;
    this.clock = clock;
  }

  /** What to filter a list of filings by; every filter is optional. */
  public record Filter(UUID obligationId, UUID platformId, FilingStatus status) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<FilingView> list(Filter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.obligationId() != null) {
      where.append(" and obligationId = :obligation");
      parameters.put("obligation", filter.obligationId());
    }
    if (filter.platformId() != null) {
      where.append(" and platformId = :platform");
      parameters.put("platform", filter.platformId());
    }
    if (filter.status() != null) {
      where.append(" and status = :status");
      parameters.put("status", filter.status());
    }
    return filings
        .pageVisible(where.toString(), Sort.by("createdAt").descending(), parameters, page)
        .map(this::view);
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

  /** Starts the return for an obligation, as a draft with whatever values are given. */
  @Transactional
  public FilingView start(FilingRequests.Start start) {
    ObligationView obligation = obligations.lockForFiling(start.obligationId());
    if (obligation.status() == ObligationStatus.WAIVED) {
      throw ProblemException.conflict(
          "Obligation " + obligation.id() + " was waived by the regulator: nothing is to be filed");
    }
    filings
        .firstVisible("obligationId = :obligation", Map.of("obligation", obligation.id()))
        .ifPresent(
            existing -> {
              throw ProblemException.conflict(
                  "Obligation "
                      + obligation.id()
                      + " already has its return, filing "
                      + existing.id
                      + "; change that one");
            });
    CompiledTemplate template =
        templates.compiled(obligation.templateCode(), obligation.templateVersion());
    ReturnValues values = ReturnValues.empty().with(readable(template, start.values()));
    Instant now = now();
    Filing filing = new Filing();
    filing.id = UUID.randomUUID();
    filing.platformId = obligation.platformId();
    filing.obligationId = obligation.id();
    filing.templateCode = obligation.templateCode();
    filing.templateVersion = obligation.templateVersion();
    filing.referenceYear = calendar.today().getYear();
    filing.status = FilingStatus.DRAFT;
    filing.draftValues = StoredJson.write(values.toJson());
    filing.draftSavedAt = now;
    filing.draftSavedBy = caller.username();
    filing.createdAt = now;
    // The obligation's row lock keeps a concurrent start from getting this far.
    filings.persist(filing);
    filings.flush();
    filings.refresh(filing);
    audit.append(
        new AuditLog.Entry(
            "filing.started", "Filing", filing.id, filing.platformId, values.toJson()));
    return view(filing);
  }

  /** Saves some of the draft's values and says what validation makes of the whole draft. */
  @Transactional
  public FilingView saveDraft(UUID id, FilingRequests.DraftUpdate update) {
    Filing filing = filings.getVisibleForUpdate(id);
    requireDraft(filing);
    if (filing.version != update.expectedVersion()) {
      throw stale(filing, update.expectedVersion());
    }
    CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
    ReturnValues values = draftOf(filing).with(readable(template, update.values()));
    filing.draftValues = StoredJson.write(values.toJson());
    filing.draftSavedAt = now();
    filing.draftSavedBy = caller.username();
    filings.flush();
    audit.append(
        new AuditLog.Entry(
            "filing.draft-saved", "Filing", filing.id, filing.platformId, values.toJson()));
    return view(filing);
  }

  /** Opens a draft for an amendment, starting from the latest submitted version's values. */
  @Transactional
  public FilingView startAmendment(UUID id) {
    Filing filing = filings.getVisibleForUpdate(id);
    if (filing.latestVersion == 0) {
      throw ProblemException.conflict(
          "Filing " + id + " has not been submitted yet: change its draft instead");
    }
    if (filing.hasDraft()) {
      throw ProblemException.conflict("Filing " + id + " already has an amendment in progress");
    }
    FilingVersion latest = versionOf(filing, filing.latestVersion);
    filing.draftValues = latest.filedValues;
    filing.draftSavedAt = now();
    filing.draftSavedBy = caller.username();
    filings.flush();
    audit.append(
        new AuditLog.Entry(
            "filing.amendment-started",
            "Filing",
            filing.id,
            filing.platformId,
            StoredJson.tree(filing.draftValues)));
    return view(filing);
  }

  /**
   * Submits the draft as the filing's next version. Binding validation: any ERROR refuses it, and
   * every WARNING needs an explanation. A repeated Idempotency-Key with the same request answers
   * the first result without filing again.
   */
  @Transactional
  public SubmissionResult submit(
      UUID id, FilingRequests.Submission submission, String idempotencyKey, FilingSource source) {
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new ProblemException(
          ProblemType.INVALID_REQUEST,
          "The Idempotency-Key header must be 1 to 255 printable ASCII characters",
          List.of(new Problem.FieldError("header.Idempotency-Key", "is not a valid key")));
    }
    requireMayAttest(submission.attestation());
    Filing filing = filings.getVisibleForUpdate(id);
    String requestSha256 =
        idempotencyKey == null
            ? null
            : CanonicalJson.sha256(Map.of("filing", id, "request", submission));
    if (idempotencyKey != null) {
      var earlier = submissionKeys.find(filing.platformId, idempotencyKey);
      if (earlier.isPresent()) {
        if (!earlier.get().requestSha256().equals(requestSha256)) {
          throw new ProblemException(
              ProblemType.IDEMPOTENCY_KEY_REUSED,
              "Idempotency-Key "
                  + idempotencyKey
                  + " was already used for a different submission; use a new key for a new"
                  + " request");
        }
        return result(versions.getVisible(earlier.get().filingVersionId()));
      }
    }
    ObligationView obligation = obligations.lockForFiling(filing.obligationId);
    if (obligation.status() == ObligationStatus.WAIVED) {
      throw ProblemException.conflict(
          "Obligation " + obligation.id() + " was waived by the regulator: nothing is to be filed");
    }
    requireDraft(filing);
    if (submission.expectedVersion() != null && submission.expectedVersion() != filing.version) {
      throw stale(filing, submission.expectedVersion());
    }
    AttestorDirectory.Attestor attestor = attestor(filing, submission.attestation());
    CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
    ReturnValues values =
        submission.values() == null
            ? draftOf(filing)
            : ReturnValues.of(readable(template, submission.values()));
    List<Finding> findings = validate(template, filing, obligation, values);
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          errors.size() == 1
              ? "1 error blocks submission: " + errors.getFirst().message()
              : errors.size() + " errors block submission; fix each and submit again",
          findings);
    }
    List<Finding> unexplained =
        ReturnValidator.unexplainedWarnings(findings, submission.explanationsOrEmpty());
    if (!unexplained.isEmpty()) {
      throw new ProblemException(
          ProblemType.EXPLANATION_REQUIRED,
          unexplained.size()
              + (unexplained.size() == 1 ? " warning needs" : " warnings need")
              + " a written explanation, keyed by the finding's key, before the return can be"
              + " submitted",
          unexplained);
    }
    Map<String, String> explanations = new LinkedHashMap<>();
    findings.stream()
        .filter(Finding::isWarning)
        .forEach(
            warning ->
                explanations.put(
                    warning.key(), submission.explanationsOrEmpty().get(warning.key()).strip()));

    Instant now = now();
    FilingVersion version = new FilingVersion();
    version.id = UUID.randomUUID();
    version.filingId = filing.id;
    version.platformId = filing.platformId;
    version.number = filing.latestVersion + 1;
    version.accessionNumber = accessionNumber(filing, version.number);
    version.source = source;
    // Lateness is the original return's: an amendment corrects a return, it does not file one.
    version.late = version.number == 1 && calendar.today().isAfter(obligation.dueDate());
    version.submittedAt = now;
    version.submittedBy = caller.username();
    version.filedValues = StoredJson.write(values.toJson());
    version.findings = StoredJson.write(findings);
    version.explanations = StoredJson.write(explanations);
    version.attestorSubject = attestor.subject();
    version.attestorUsername = attestor.username();
    version.attestorName = attestor.name();
    version.attestorRole = Roles.PLATFORM_ATTESTOR;
    version.attestationStatement = config.attestationStatement();
    version.canonicalPayload =
        CanonicalJson.of(
            new FiledReturn(
                version.accessionNumber,
                filing.id,
                version.number,
                filing.platformId,
                new FiledReturn.Obligation(
                    obligation.id(),
                    obligation.periodStart(),
                    obligation.periodEnd(),
                    obligation.dueDate()),
                new FiledReturn.Template(filing.templateCode, filing.templateVersion),
                values.toJson(),
                findings,
                explanations,
                new FiledReturn.Attestation(
                    attestor.username(),
                    attestor.name(),
                    version.attestorRole,
                    version.attestationStatement,
                    now),
                source,
                version.late,
                now,
                version.submittedBy));
    version.sha256 = CanonicalJson.sha256Hex(version.canonicalPayload);
    versions.persist(version);

    filing.latestVersion = version.number;
    filing.status = FilingStatus.SUBMITTED;
    filing.draftValues = null;
    filing.draftSavedAt = null;
    filing.draftSavedBy = null;
    obligations.fulfil(obligation.id());
    if (idempotencyKey != null) {
      submissionKeys.remember(
          filing.platformId,
          idempotencyKey,
          new SubmissionKeys.Use(requestSha256, version.id),
          now);
    }
    SubmissionResult result = result(version);
    audit.append(
        new AuditLog.Entry("filing.submitted", "Filing", filing.id, filing.platformId, result));
    try {
      filings.flush();
    } catch (PersistenceException e) {
      throw ProblemException.conflict(
          "Another submission with Idempotency-Key "
              + idempotencyKey
              + " was stored at the same moment; retry to get its result");
    }
    return result;
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

  /** The fields whose values differ between two submitted versions, in the template's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Diff diff(UUID id, int from, int to) {
    Filing filing = filings.getVisible(id);
    if (from >= to) {
      throw new ProblemException(
          ProblemType.INVALID_REQUEST,
          "Compare an earlier version with a later one: from must be less than to",
          List.of(new Problem.FieldError("query.from", "must be less than to")));
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

  /** The compiled template a filing is on, for pages that lay its fields out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CompiledTemplate templateOf(UUID id) {
    Filing filing = filings.getVisible(id);
    return templates.compiled(filing.templateCode, filing.templateVersion);
  }

  private FilingView view(Filing filing) {
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
              filing.draftSavedBy);
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
        draft,
        versions.versionsOf(filing.id).stream().map(VersionSummary::of).toList(),
        filing.version);
  }

  private List<Finding> validate(
      CompiledTemplate template, Filing filing, ObligationView obligation, ReturnValues values) {
    ReturnValues previous =
        template.definition().periodOverPeriod() == null
            ? ReturnValues.empty()
            : versions
                .previousAcceptedValues(
                    filing.platformId, filing.templateCode, obligation.periodStart())
                .map(json -> ReturnValues.fromJson(StoredJson.tree(json)))
                .orElse(ReturnValues.empty());
    return ReturnValidator.validate(
        template, values, obligation.periodStart(), obligation.periodEnd(), previous);
  }

  /** Values that can be read for their fields; anything else refuses the whole request. */
  private static Map<String, JsonNode> readable(
      CompiledTemplate template, Map<String, JsonNode> sent) {
    if (sent == null) {
      return Map.of();
    }
    ReturnValues.Changes changes = ReturnValues.read(template, sent);
    if (!changes.readable()) {
      throw new ProblemException(
          ProblemType.INVALID_VALUES,
          changes.unreadable().size() == 1
              ? changes.unreadable().getFirst().message()
              : changes.unreadable().size() + " values cannot be read; nothing was saved",
          changes.unreadable());
    }
    return changes.values();
  }

  /** Only an attestor attests: a person with the role, or an API client naming one. */
  private void requireMayAttest(FilingRequests.Attestation attestation) {
    if (caller.hasRole(Roles.PLATFORM_ATTESTOR)) {
      if (attestation.attestor() != null && !attestation.attestor().equals(caller.username())) {
        throw new ProblemException(
            ProblemType.INVALID_REQUEST,
            "You attest as yourself: leave attestation.attestor out, or give your own username",
            List.of(new Problem.FieldError("attestation.attestor", "must be your own username")));
      }
      return;
    }
    if (!caller.isServiceAccount()) {
      throw ProblemException.forbidden(
          "Only a person with the platform-attestor role can attest and submit a return");
    }
    if (attestation.attestor() == null) {
      throw new ProblemException(
          ProblemType.INVALID_REQUEST,
          "An API client must name the attestor of the submission",
          List.of(
              new Problem.FieldError(
                  "attestation.attestor", "must name an attestor of your platform")));
    }
  }

  private AttestorDirectory.Attestor attestor(
      Filing filing, FilingRequests.Attestation attestation) {
    if (!caller.isServiceAccount()) {
      return new AttestorDirectory.Attestor(
          caller.subject(), caller.username(), caller.displayName());
    }
    return attestors
        .find(filing.platformId, attestation.attestor())
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    attestation.attestor()
                        + " is not an attestor of this platform: name an enabled user of the"
                        + " platform with the platform-attestor role"));
  }

  private String accessionNumber(Filing filing, int number) {
    return String.format(
        "%s-%d-%06d-%02d",
        config.accessionPrefix(), filing.referenceYear, filing.referenceNumber, number);
  }

  private FilingVersion versionOf(Filing filing, int number) {
    return versions
        .version(filing.id, number)
        .orElseThrow(
            () -> ProblemException.notFound("Version " + number + " of filing", filing.id));
  }

  private static void requireDraft(Filing filing) {
    if (!filing.hasDraft()) {
      throw ProblemException.conflict(
          "Filing "
              + filing.id
              + " has no open draft: its latest version is submitted; start an amendment to"
              + " change it");
    }
  }

  private static ProblemException stale(Filing filing, long expected) {
    return ProblemException.conflict(
        "Filing "
            + filing.id
            + " has changed since you read it (version "
            + filing.version
            + ", you sent "
            + expected
            + "); read it again and retry");
  }

  private static ReturnValues draftOf(Filing filing) {
    return ReturnValues.fromJson(StoredJson.tree(filing.draftValues));
  }

  private static Map<String, JsonNode> valuesOf(String json) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    StoredJson.tree(json)
        .properties()
        .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    return values;
  }

  private static SubmissionResult result(FilingVersion version) {
    return new SubmissionResult(
        version.filingId,
        version.number,
        version.accessionNumber,
        version.submittedAt,
        version.late,
        version.sha256,
        "/api/v1/filings/" + version.filingId + "/versions/" + version.number + "/receipt");
  }

  private static Receipt receiptOf(FilingVersion version) {
    return new Receipt(
        version.accessionNumber,
        version.filingId,
        version.number,
        version.submittedAt,
        "SHA-256",
        version.sha256,
        version.canonicalPayload);
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

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
