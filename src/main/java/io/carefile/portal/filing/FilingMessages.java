package io.carefile.portal.filing;

import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingStatus;
import io.carefile.filing.spreadsheet.SpreadsheetProblems;
import io.carefile.platform.PlatformCategory;
import io.carefile.portal.filing.ReturnScores.NotScored;
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
  String filingQueriesHeading();

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

  @Message
  String filingScore();

  @Message
  String filingScoreExplained();

  @Message
  String peerPercentile(PlatformCategory category, String sizeBand);

  @Message
  String peerWithheld(int k);

  @Message
  String peerTotalWithheld(int k);

  @Message
  String peerNotScored();

  @Message
  String peerHint();

  @Message
  String scoreNoneShort();

  @Message
  String scoreHistoryHeading();

  @Message
  String scoreHistoryIntro();

  @Message
  String scoreHeading();

  @Message
  String scoreTotal();

  @Message
  String scoreOutOf();

  @Message
  String scoreBand();

  @Message
  String scoreMethod();

  @Message
  String scoreMethodText(String weight);

  @Message
  String scoreThresholds();

  @Message
  String scoreThresholdsText(String green, String amber);

  @Message
  String scoreTemplate();

  @Message
  String scoreTemplateVersion(String code, int version);

  @Message
  String scoreIndicatorsDigest();

  @Message
  String scoreIndicatorsCaption();

  @Message
  String scoreIndicator();

  @Message
  String scoreInputs();

  @Message
  String scoreValue();

  @Message
  String scoreIndicatorBand();

  @Message
  String scorePoints();

  @Message
  String scoreWeight();

  @Message
  String scoreNoBand();

  @Message
  String scoreNotScored();

  @Message
  String scoreNotScoredReason(NotScored reason, int blankCount, String blank);

  @Message
  String scoreNone();

  @Message
  String scorePeriodStart();

  @Message
  String scorePeriodEnd();

  @Message
  String trendTitle();

  @Message
  String trendSummary(
      int periods, String lowest, String highest, String latestPeriod, String latest, String band);

  @Message
  String trendSummaryNone(int periods);

  @Message
  String trendScore();

  @Message
  String trendBand();

  @Message
  String trendGreenFrom(String from);

  @Message
  String trendAmberFrom(String from);

  @Message
  String trendThisReturn(String period);

  @Message
  String heatTitle();

  @Message
  String heatSummary(int indicators, int periods);

  @Message
  String heatIndicator();

  @Message
  String returnsTitle();

  @Message
  String returnsIntro();

  @Message
  String returnsDownload();

  @Message
  String filingDownload();

  @Message
  String returnsNone();

  @Message
  String returnsCaption(long count);

  @Message
  String returnsReturn();

  @Message
  String returnsPeriod();

  @Message
  String returnsStatus();

  @Message
  String returnsLatestVersion();

  @Message
  String returnsScore();

  @Message
  String returnsNotSubmitted();

  @Message
  String returnsNoScore();

  @Message
  String workbookHeading();

  @Message
  String workbookIntro();

  @Message
  String workbookDownload();

  @Message
  String workbookLabel();

  @Message
  String workbookHint();

  @Message
  String workbookUpload();

  @Message
  String workbookCheck();

  @Message
  String workbookUploadTitle();

  @Message
  String workbookSavedTitle();

  @Message
  String workbookSuccess();

  @Message
  String workbookSavedBody();

  @Message
  String workbookFindingsHeading();

  @Message
  String workbookNoFindings();

  @Message
  String workbookCell();

  @Message
  String workbookQuestion();

  @Message
  String workbookRule();

  @Message
  String workbookProblem();

  @Message
  String workbookChoose();

  @Message
  String workbookCellsUnreadable(int count);

  @Message
  String workbookRefused(SpreadsheetProblems problem);
}
