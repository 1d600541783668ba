package io.carefile.portal.filing;

import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The return pages' words, read by their templates as {@code filing:}. The texts live in {@code
 * messages/filing_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("filing")
public interface FilingMessages {

  @Message
  String backToReturn();

  @Message
  String change();

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
  String explanationUnreadable();

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

  @Message
  String waivedTitle();

  @Message
  String waivedBody();

  @Message
  String waivedBackLink();
}
