package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.penalty.PenaltyQueries;
import io.carefile.platform.PlatformService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What callers may read of enforcement cases: the list, one case, its history, its representations
 * and their documents. A platform reads only its own cases (another's are not found), the regulator
 * every one. Reads only; the changes are in {@link CaseService}, {@link CaseRequirements}, {@link
 * CaseAppeals} and {@link CaseRepresentations}.
 */
@ApplicationScoped
public class CaseQueries {

  /** Newest first; the id keeps pages stable. */
  static final Sort LIST_ORDER = Sort.by("openedAt", Sort.Direction.Descending).and("id");

  private final CaseRepository cases;
  private final CaseGroundRepository grounds;
  private final RequirementRepository requirements;
  private final CaseEventRepository events;
  private final RepresentationRepository representations;
  private final RepresentationDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final PlatformService platforms;
  private final RegulatorCalendar calendar;
  private final PenaltyQueries penalties;

  CaseQueries(
      CaseRepository cases,
      CaseGroundRepository grounds,
      RequirementRepository requirements,
      CaseEventRepository events,
      RepresentationRepository representations,
      RepresentationDocumentRepository documents,
      DocumentContentRepository contents,
      PlatformService platforms,
      RegulatorCalendar calendar,
      PenaltyQueries penalties) {
    this.cases = cases;
    this.grounds = grounds;
    this.requirements = requirements;
    this.events = events;
    this.representations = representations;
    this.documents = documents;
    this.contents = contents;
    this.platforms = platforms;
    this.calendar = calendar;
    this.penalties = penalties;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CaseSummary> list(CaseFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("stage = :stage", "stage", filter.wantedStage())
            .and("trigger = :trigger", "trigger", filter.wantedTrigger())
            .and("platformId = :platformId", "platformId", filter.platformId);
    Page<EnforcementCase> found =
        cases.pageVisible(where.query(), LIST_ORDER, where.parameters(), page);
    Map<UUID, String> names =
        platforms.namesOf(
            found.items().stream().map(c -> c.platformId).collect(Collectors.toSet()));
    return found.map(
        c ->
            new CaseSummary(
                c.id,
                c.reference(),
                c.platformId,
                names.get(c.platformId),
                c.stage,
                c.trigger,
                c.openedAt,
                c.representationsDeadline,
                c.appealStatus,
                c.version));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CaseView get(UUID id) {
    return view(cases.getVisible(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CaseHistoryEntry> history(UUID id, PageRequest page) {
    cases.getVisible(id);
    return events.of(id, page).map(CaseHistoryEntry::of);
  }

  /** The case's representations, oldest first, each with its documents. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RepresentationView> representations(UUID id) {
    cases.getVisible(id);
    Map<UUID, List<DocumentView>> attached =
        documents.ofCase(id).stream()
            .collect(
                Collectors.groupingBy(
                    document -> document.representationId,
                    Collectors.mapping(DocumentView::of, Collectors.toList())));
    return representations.of(id).stream()
        .map(
            r ->
                new RepresentationView(
                    r.id,
                    r.text,
                    r.submittedBy,
                    r.submittedAt,
                    attached.getOrDefault(r.id, List.of())))
        .toList();
  }

  /** One document's bytes; one of another representation or case is not found. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DocumentDownload document(UUID caseId, UUID representationId, UUID documentId) {
    RepresentationDocument document =
        documents
            .findVisible(documentId)
            .filter(d -> d.caseId.equals(caseId) && d.representationId.equals(representationId))
            .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    DocumentContent content = contents.getVisible(documentId);
    return new DocumentDownload(
        document.fileName, document.contentType, document.sha256, content.content);
  }

  /** The case as it stands now, in full. */
  CaseView view(EnforcementCase c) {
    return new CaseView(
        c.id,
        c.reference(),
        c.platformId,
        platforms.namesOf(Set.of(c.platformId)).get(c.platformId),
        c.stage,
        Arrays.stream(CaseStep.values())
            .filter(step -> CaseLifecycle.after(c.stage, step).isPresent())
            .toList(),
        c.trigger,
        c.openedBy,
        c.openedAt,
        c.openingReason,
        grounds.of(c.id).stream().map(GroundView::of).toList(),
        c.noticeText,
        c.noticeIssuedAt,
        c.representationsDeadline,
        representationsOpen(c),
        c.closedAt,
        requirements.of(c.id).stream().map(RequirementView::of).toList(),
        AppealView.of(c),
        penalties.ofCase(c.id).orElse(null),
        c.version);
  }

  /** Whether the platform may make representations on the case today. */
  boolean representationsOpen(EnforcementCase c) {
    return c.stage == CaseStage.PROVISIONAL_NOTICE
        && CaseLifecycle.representationsOpen(c.representationsDeadline, calendar.today());
  }
}
