package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Caller;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Publishing a case's confirmation decision on the public register: an explicit step of an
 * enforcement officer, once per case, with a summary written for the public. Only a decision that
 * stands can be published: a case at another stage, or one whose appeal was upheld, is refused. The
 * case's row is locked, so two publications of one case happen one after the other and the second
 * is refused; the publication is kept in the case's history and the audit log.
 */
@ApplicationScoped
public class CasePublications {

  private final CaseRepository cases;
  private final CasePublicationRepository publications;
  private final CaseHistory history;
  private final PlatformService platforms;
  private final Caller caller;

  CasePublications(
      CaseRepository cases,
      CasePublicationRepository publications,
      CaseHistory history,
      PlatformService platforms,
      Caller caller) {
    this.cases = cases;
    this.publications = publications;
    this.history = history;
    this.platforms = platforms;
    this.caller = caller;
  }

  @Transactional
  public PublicationView publish(UUID id, PublicationRequest request) {
    EnforcementCase c = cases.getVisibleForUpdate(id);
    CaseService.requireVersion(c, request.expectedVersion());
    if (c.stage != CaseStage.CONFIRMATION_DECISION) {
      throw new ProblemException(
          EnforcementProblems.DECISION_NOT_CONFIRMED,
          "Case "
              + c.reference()
              + " is "
              + c.stage
              + ": only a confirmation decision can be published");
    }
    if (c.appealStatus == AppealStatus.UPHELD) {
      throw new ProblemException(
          EnforcementProblems.DECISION_SET_ASIDE,
          "Case " + c.reference() + "'s decision was set aside on appeal; it is not published");
    }
    if (publications.ofCase(c.id).isPresent()) {
      throw new ProblemException(
          EnforcementProblems.DECISION_ALREADY_PUBLISHED,
          "Case " + c.reference() + "'s decision is published already");
    }
    CasePublication publication = new CasePublication();
    publication.id = UUID.randomUUID();
    publication.caseId = c.id;
    publication.platformId = c.platformId;
    publication.summary = request.summary();
    publication.platformName = publicName(platforms.get(c.platformId));
    publication.publishedBy = caller.username();
    publication.publishedAt = history.now();
    publications.persist(publication);
    publications.flush();
    PublicationView view = PublicationView.of(publication, c.reference());
    history.record(
        c,
        CaseAction.PUBLISHED,
        c.stage,
        caller.username(),
        null,
        "Decision published on the public register as " + publication.platformName,
        null,
        view);
    return view;
  }

  /** The case's publication; none yet is 404, as is another platform's case. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublicationView of(UUID id) {
    EnforcementCase c = cases.getVisible(id);
    return publications
        .ofCase(c.id)
        .map(publication -> PublicationView.of(publication, c.reference()))
        .orElseThrow(() -> ProblemException.notFound("Publication of enforcement case", id));
  }

  /** The name the public knows the platform by. */
  private static String publicName(PlatformView platform) {
    return platform.tradingName() == null || platform.tradingName().isBlank()
        ? platform.legalName()
        : platform.tradingName();
  }
}
