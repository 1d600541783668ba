package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.audit.AuditLog;
import io.carefile.audit.LogSigner;
import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.obligation.ObligationProblems;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationStatus;
import io.carefile.obligation.ObligationView;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringService;
import io.carefile.scoring.SubmissionToScore;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts, submissions and amendments of returns. Every change happens in one transaction with its
 * audit event; a submission stores its immutable version, receipt, score, idempotency key and the
 * obligation's fulfilment together, or nothing.
 */
@ApplicationScoped
public class FilingService {

  private final FilingRepository filings;
  private final FilingVersionRepository versions;
  private final FilingQueries queries;
  private final IdempotentSubmission idempotency;
  private final ObligationService obligations;
  private final TemplateService templates;
  private final ScoringService scoring;
  private final PlatformService platforms;
  private final AttestorDirectory attestors;
  private final AuditLog audit;
  private final LogSigner signer;
  private final Caller caller;
  private final RegulatorCalendar calendar;
  private final FilingConfig config;
  private final LatenessPolicy lateness;
  private final AccessionNumberPolicy accessionNumbers;
  private final Clock clock;
  private final Event<ReturnSubmitted> submitted;

  FilingService(
      FilingRepository filings,
      FilingVersionRepository versions,
      FilingQueries queries,
      IdempotentSubmission idempotency,
      ObligationService obligations,
      TemplateService templates,
      ScoringService scoring,
      PlatformService platforms,
      AttestorDirectory attestors,
      AuditLog audit,
      LogSigner signer,
      Caller caller,
      RegulatorCalendar calendar,
      FilingConfig config,
      Clock clock,
      Event<ReturnSubmitted> submitted) {
    this.filings = filings;
    this.versions = versions;
    this.queries = queries;
    this.idempotency = idempotency;
    this.obligations = obligations;
    this.templates = templates;
    this.scoring = scoring;
    this.platforms = platforms;
    this.attestors = attestors;
    this.audit = audit;
    this.signer = signer;
    this.caller = caller;
    this.calendar = calendar;
    this.config = config;
    this.lateness = new LatenessPolicy(config.lateAfterGraceDays());
    this.accessionNumbers = new AccessionNumberPolicy(config.accessionPrefix());
    this.clock = clock;
    this.submitted = submitted;
  }

  /** Starts the return for an obligation, as a draft with whatever values are given. */
  @Transactional
  public FilingView start(FilingStart start, FilingSource source) {
    ObligationView obligation = lockFileable(start.obligationId());
    filings
        .firstVisible("obligationId = :obligation", Map.of("obligation", obligation.id()))
        .ifPresent(
            existing -> {
              throw new ProblemException(
                  FilingProblems.FILING_ALREADY_STARTED,
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
    filing.draftSource = source;
    filing.createdAt = now;
    // The obligation's row lock keeps a concurrent start from getting this far.
    filings.persist(filing);
    filings.flush();
    filings.refresh(filing);
    audit.append(
        new AuditLog.Entry(
            "filing.started", "Filing", filing.id, filing.platformId, values.toJson()));
    return queries.view(filing);
  }

  /** Saves some of the draft's values and says what validation makes of the whole draft. */
  @Transactional
  public FilingView saveDraft(UUID id, DraftUpdate update, FilingSource source) {
    Filing filing = filings.getVisibleForUpdate(id);
    requireDraft(filing);
    requireVersion(filing, update.expectedVersion());
    CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
    ReturnValues values = FilingQueries.draftOf(filing).with(readable(template, update.values()));
    filing.draftValues = StoredJson.write(values.toJson());
    filing.draftSavedAt = now();
    filing.draftSavedBy = caller.username();
    filing.draftSource = source;
    filings.flush();
    audit.append(
        new AuditLog.Entry(
            "filing.draft-saved", "Filing", filing.id, filing.platformId, values.toJson()));
    return queries.view(filing);
  }

  /** Opens a draft for an amendment, starting from the latest submitted version's values. */
  @Transactional
  public FilingView startAmendment(UUID id) {
    Filing filing = filings.getVisibleForUpdate(id);
    if (filing.latestVersion == 0) {
      throw new ProblemException(
          FilingProblems.NOT_YET_SUBMITTED,
          "Filing " + id + " has not been submitted yet: change its draft instead");
    }
    if (filing.hasDraft()) {
      throw new ProblemException(
          FilingProblems.AMENDMENT_IN_PROGRESS,
          "Filing " + id + " already has an amendment in progress");
    }
    FilingVersion latest = queries.versionOf(filing, filing.latestVersion);
    filing.draftValues = latest.filedValues;
    filing.draftSavedAt = now();
    filing.draftSavedBy = caller.username();
    // The amendment's draft holds what that version filed, however it came.
    filing.draftSource = latest.source;
    filings.flush();
    audit.append(
        new AuditLog.Entry(
            "filing.amendment-started",
            "Filing",
            filing.id,
            filing.platformId,
            StoredJson.tree(filing.draftValues)));
    return queries.view(filing);
  }

  /**
   * Submits the draft as the filing's next version. Binding validation: any ERROR refuses it, and
   * every WARNING needs an explanation. A repeated Idempotency-Key with the same request answers
   * the first result without filing again.
   */
  @Transactional
  public SubmissionResult submit(
      UUID id, Submission submission, String idempotencyKey, FilingSource source) {
    Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(idempotencyKey);
    AttestationPolicy.Route attestation = attestationRoute(submission.attestation());
    Filing filing = filings.getVisibleForUpdate(id);
    var keyed = idempotency.keyed(key, filing.id, submission);
    Optional<UUID> earlier = idempotency.earlierVersion(filing.platformId, keyed);
    if (earlier.isPresent()) {
      return result(versions.getVisible(earlier.get()));
    }
    ObligationView obligation = lockFileable(filing.obligationId);
    requireDraft(filing);
    if (submission.expectedVersion() != null) {
      requireVersion(filing, submission.expectedVersion());
    }
    AttestorDirectory.Attestor attestor = attestor(filing, attestation);
    CompiledTemplate template = templates.compiled(filing.templateCode, filing.templateVersion);
    ReturnValues values =
        submission.values() == null
            ? FilingQueries.draftOf(filing)
            : ReturnValues.of(readable(template, submission.values()));
    List<Finding> findings = queries.validate(template, filing, obligation, values);
    Map<String, String> explanations =
        BindingValidation.explanationsToFile(findings, submission.explanationsOrEmpty());

    FilingVersion version =
        newVersion(filing, obligation, values, findings, explanations, attestor, source);
    versions.persist(version);
    ScoreView score =
        scoring.score(
            toScore(version, template, values, obligation, platforms.get(filing.platformId)));
    filing.recordSubmitted(version.number);
    obligations.fulfil(obligation.id());
    submitted.fire(
        new ReturnSubmitted(
            filing.id,
            filing.platformId,
            obligation.id(),
            filing.templateCode,
            filing.templateVersion,
            obligation.periodStart(),
            obligation.periodEnd(),
            version.number,
            filing.status,
            version.late,
            version.submittedAt,
            findings,
            explanations,
            values,
            score));
    SubmissionResult result = result(version);
    audit.append(
        version.auditEventId,
        new AuditLog.Entry("filing.submitted", "Filing", filing.id, filing.platformId, result));
    idempotency.writeAndRemember(
        filings::flush, filing.platformId, keyed, version.id, version.submittedAt);
    return result;
  }

  /** The next version of the filing, as submitted now, with the receipt of what was filed. */
  private FilingVersion newVersion(
      Filing filing,
      ObligationView obligation,
      ReturnValues values,
      List<Finding> findings,
      Map<String, String> explanations,
      AttestorDirectory.Attestor attestor,
      FilingSource source) {
    Instant now = now();
    FilingVersion version = new FilingVersion();
    version.id = UUID.randomUUID();
    version.filingId = filing.id;
    version.platformId = filing.platformId;
    version.number = filing.latestVersion + 1;
    version.accessionNumber =
        accessionNumbers.accessionNumber(
            filing.referenceYear, filing.referenceNumber, version.number);
    version.source = source;
    version.late = lateness.isLate(version.number, calendar.today(), obligation.dueDate());
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
    SubmissionReceipt receipt =
        SubmissionReceipt.of(
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
    version.canonicalPayload = receipt.canonicalPayload();
    version.sha256 = receipt.sha256();
    version.auditEventId = UUID.randomUUID();
    // Signing is one Ed25519 signature; the inclusion proof follows once a checkpoint covers it.
    version.receiptSignature = signer.signJws(SubmissionReceipt.statement(version));
    return version;
  }

  /**
   * The version as scoring reads it: its template version's indicators over its values, and the
   * platform's figures now (its benchmark peer group).
   */
  private static SubmissionToScore toScore(
      FilingVersion version,
      CompiledTemplate template,
      ReturnValues values,
      ObligationView obligation,
      PlatformView platform) {
    return new SubmissionToScore(
        version.id,
        version.filingId,
        version.platformId,
        version.number,
        template,
        values,
        obligation.periodStart(),
        obligation.periodEnd(),
        version.submittedAt,
        platform.category(),
        platform.ukMonthlyActiveUsers());
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
          FilingProblems.INVALID_VALUES,
          changes.unreadable().size() == 1
              ? changes.unreadable().getFirst().message()
              : changes.unreadable().size() + " values cannot be read; nothing was saved",
          changes.unreadable());
    }
    return changes.values();
  }

  /** Only an attestor attests: a person with the role, or an API client naming one. */
  private AttestationPolicy.Route attestationRoute(Attestation attestation) {
    return AttestationPolicy.routeFor(
        caller.hasRole(Roles.PLATFORM_ATTESTOR),
        caller.isPlatformSystem(),
        caller.username(),
        attestation.attestor());
  }

  private AttestorDirectory.Attestor attestor(Filing filing, AttestationPolicy.Route route) {
    return switch (route) {
      case AttestationPolicy.Self self ->
          new AttestorDirectory.Attestor(caller.subject(), caller.username(), caller.displayName());
      case AttestationPolicy.Named named ->
          attestors
              .find(filing.platformId, named.attestor())
              .orElseThrow(
                  () ->
                      new ProblemException(
                          FilingProblems.ATTESTOR_NOT_RECOGNISED,
                          named.attestor()
                              + " is not an attestor of this platform: name an enabled user of the"
                              + " platform with the platform-attestor role"));
    };
  }

  /** Locks the obligation for filing, refusing one the regulator has waived. */
  private ObligationView lockFileable(UUID obligationId) {
    ObligationView obligation = obligations.lockForFiling(obligationId);
    if (obligation.status() == ObligationStatus.WAIVED) {
      throw new ProblemException(
          ObligationProblems.OBLIGATION_WAIVED,
          "Obligation " + obligation.id() + " was waived by the regulator: nothing is to be filed");
    }
    return obligation;
  }

  private static void requireDraft(Filing filing) {
    if (!filing.hasDraft()) {
      throw new ProblemException(
          FilingProblems.NO_OPEN_DRAFT,
          "Filing "
              + filing.id
              + " has no open draft: its latest version is submitted; start an amendment to"
              + " change it");
    }
  }

  private static void requireVersion(Filing filing, long expected) {
    if (filing.version != expected) {
      throw ProblemException.staleVersion("Filing", filing.id, filing.version, expected);
    }
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

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
