package io.carefile.portal;

import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingStatus;
import io.carefile.obligation.ObligationStatus;
import io.carefile.platform.PlatformStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Every word the portal shows, read by templates as {@code msg:}. The texts live in {@code
 * messages/msg_en-GB.properties}; this interface gives them names and parameter types, so the build
 * fails on a missing text or a wrong parameter.
 */
@MessageBundle
public interface PortalMessages {

  @Message
  String serviceName();

  @Message
  String pageTitle(String title);

  @Message
  String skipLink();

  @Message
  String phaseTag();

  @Message
  String phaseText();

  @Message
  String navigationLabel();

  @Message
  String homeLink(Viewer.Home home);

  @Message
  String signedInAs(String name);

  @Message
  String signOut();

  @Message
  String footerLinksHeading();

  @Message
  String footerApiDocumentation();

  @Message
  String footerAbout();

  @Message
  String startTitle();

  @Message
  String startLead();

  @Message
  String startPlatformsHeading();

  @Message
  String startPlatformsIntro();

  @Message
  String startPlatformsDue();

  @Message
  String startPlatformsFile();

  @Message
  String startPlatformsHistory();

  @Message
  String startRegulatorHeading();

  @Message
  String startRegulatorBody();

  @Message
  String startButton();

  @Message
  String startBeforeYouStartHeading();

  @Message
  String startBeforeYouStart();

  @Message
  String platformHomeTitle();

  @Message
  String platformLegalName();

  @Message
  String platformTradingName();

  @Message
  String platformStatus();

  @Message
  String platformStatusName(PlatformStatus status);

  @Message
  String regulatorHomeTitle();

  @Message
  String regulatorGreeting(String name);

  @Message
  String regulatorRolesIntro();

  @Message
  String roleName(String role);

  @Message
  String comingSoonHeading();

  @Message
  String comingSoonTag();

  @Message
  String comingFilingsHeading();

  @Message
  String comingFilingsBody();

  @Message
  String comingEnforcementHeading();

  @Message
  String comingEnforcementBody();

  @Message
  String comingAdministrationHeading();

  @Message
  String comingAdministrationBody();

  @Message
  String forbiddenTitle();

  @Message
  String forbiddenBody();

  @Message
  String forbiddenHomeLink();

  @Message
  String date(LocalDate date);

  @Message
  String paginationLabel();

  @Message
  String paginationPrevious();

  @Message
  String paginationNext();

  @Message
  String obligationsLink();

  @Message
  String obligationsTitle();

  @Message
  String obligationsIntro();

  @Message
  String obligationsStatusFilter();

  @Message
  String obligationsAnyStatus();

  @Message
  String obligationsApplyFilter();

  @Message
  String obligationsNone();

  @Message
  String obligationsCaption(long count);

  @Message
  String obligationsPlatform();

  @Message
  String obligationsReturn();

  @Message
  String obligationsPeriod();

  @Message
  String obligationsDueDate();

  @Message
  String obligationsStatus();

  @Message
  String obligationsPeriodRange(LocalDate start, LocalDate end);

  @Message
  String obligationStatusName(ObligationStatus status);

  @Message
  String dateTime(ZonedDateTime time);

  @Message
  String errorSummaryTitle();

  @Message
  String errorPrefix();

  @Message
  String warningPrefix();

  @Message
  String backToReturn();

  @Message
  String notAnswered();

  @Message
  String change();

  @Message
  String answerYes();

  @Message
  String answerNo();

  @Message
  String obligationsActions();

  @Message
  String obligationsStartReturn();

  @Message
  String obligationsContinueReturn();

  @Message
  String obligationsViewReturn();

  @Message
  String filingDueDate();

  @Message
  String filingStatus();

  @Message
  String filingStatusName(FilingStatus status);

  @Message
  String filingAmendmentOpen();

  @Message
  String filingSectionsHeading();

  @Message
  String sectionState(FilingOverviewPage.SectionState state);

  @Message
  String filingFindingsHeading();

  @Message
  String filingFindingsCount(long errors, long warnings);

  @Message
  String filingCheckAndSubmitLink();

  @Message
  String filingHistoryHeading();

  @Message
  String filingVersion();

  @Message
  String filingAccessionNumber();

  @Message
  String filingSubmittedAt();

  @Message
  String filingAttestedBy();

  @Message
  String filingSource();

  @Message
  String filingSourceName(FilingSource source);

  @Message
  String filingLinks();

  @Message
  String filingLate();

  @Message
  String filingViewReceipt();

  @Message
  String filingOfVersion(int number);

  @Message
  String filingCompareWithPrevious();

  @Message
  String filingAmendmentIntro();

  @Message
  String filingStartAmendment();

  @Message
  String diffTitle(int from, int to);

  @Message
  String diffNone();

  @Message
  String diffCaption(int count);

  @Message
  String diffQuestion();

  @Message
  String diffBefore(int version);

  @Message
  String diffAfter(int version);

  @Message
  String sectionCaption(String title, int number, int count);

  @Message
  String sectionWarningsExplain();

  @Message
  String sectionStale();

  @Message
  String saveAndContinue();

  @Message
  String save();

  @Message
  String dateHint();

  @Message
  String dateDay();

  @Message
  String dateMonth();

  @Message
  String dateYear();

  @Message
  String dateTypeMessage(String label);

  @Message
  String checkTitle();

  @Message
  String checkBlockingTitle(int count);

  @Message
  String checkBlockingIntro();

  @Message
  String checkWarningsHeading();

  @Message
  String checkWarningsIntro();

  @Message
  String explanationHint(String key);

  @Message
  String explanationRequired(String label);

  @Message
  String explanationTooLong();

  @Message
  String declarationHeading();

  @Message
  String declarationAgree();

  @Message
  String submitAgreementRequired();

  @Message
  String submitReturn();

  @Message
  String submitStale();

  @Message
  String submitObligationWaived();

  @Message
  String checkAttestorNeeded();

  @Message
  String versionTitle(String accessionNumber);

  @Message
  String versionPanelTitle();

  @Message
  String versionAccessionIntro();

  @Message
  String versionKeepIt();

  @Message
  String versionAmendment();

  @Message
  String versionSha256();

  @Message
  String versionReceiptHeading();

  @Message
  String versionReceiptDownload();

  @Message
  String versionReceiptExplained();

  @Message
  String versionReceiptCompare();

  @Message
  String versionExplanationsHeading();

  @Message
  String versionFiledHeading();
}
