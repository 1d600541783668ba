package io.carefile.portal.enforcement;

import io.carefile.enforcement.AppealStatus;
import io.carefile.enforcement.CaseAction;
import io.carefile.enforcement.CaseStage;
import io.carefile.enforcement.CaseTrigger;
import io.carefile.enforcement.GroundKind;
import io.carefile.enforcement.RequirementStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The enforcement pages' words, read by their templates as {@code enforcement:}. The texts live in
 * {@code messages/enforcement_en-GB.properties}; the build fails on a missing text or a wrong
 * parameter.
 */
@MessageBundle("enforcement")
public interface EnforcementMessages {

  @Message
  String stageName(CaseStage stage);

  @Message
  String stageChange(String from, String to);

  @Message
  String triggerName(CaseTrigger trigger);

  @Message
  String groundKindName(GroundKind kind);

  @Message
  String actionName(CaseAction action);

  @Message
  String requirementStatusName(RequirementStatus status);

  @Message
  String appealStatusName(AppealStatus status);

  @Message
  String byOn(String who, ZonedDateTime time);

  @Message
  String day();

  @Message
  String month();

  @Message
  String year();

  @Message
  String casesTitle();

  @Message
  String casesIntroRegulator();

  @Message
  String casesIntroPlatform();

  @Message
  String openCaseButton();

  @Message
  String openCaseForPlatform();

  @Message
  String casesOfPlatformLink();

  @Message
  String casesOfPlatform(String platform);

  @Message
  String casesOfEveryPlatform();

  @Message
  String filterStage();

  @Message
  String filterAnyStage();

  @Message
  String filterTrigger();

  @Message
  String filterAnyTrigger();

  @Message
  String applyFilter();

  @Message
  String casesNone();

  @Message
  String casesCaption(long count);

  @Message
  String columnReference();

  @Message
  String columnPlatform();

  @Message
  String columnStage();

  @Message
  String columnOpened();

  @Message
  String columnDeadline();

  @Message
  String noDeadline();

  @Message
  String openingTitle();

  @Message
  String openingIntro();

  @Message
  String openingPlatform();

  @Message
  String openingChoosePlatform();

  @Message
  String openingReason();

  @Message
  String openingReasonHint();

  @Message
  String groundsHeading();

  @Message
  String groundsIntro();

  @Message
  String groundLegend(int number);

  @Message
  String groundKind();

  @Message
  String groundNoKind();

  @Message
  String groundFiling();

  @Message
  String groundFilingHint();

  @Message
  String groundVersion();

  @Message
  String groundVersionHint();

  @Message
  String groundObligation();

  @Message
  String groundObligationHint();

  @Message
  String groundRule();

  @Message
  String groundRuleHint();

  @Message
  String groundFinding();

  @Message
  String groundFindingHint();

  @Message
  String openButton();

  @Message
  String openingPlatformRequired();

  @Message
  String reasonRequired();

  @Message
  String reasonUnreadable();

  @Message
  String reasonTooLong();

  @Message
  String groundKindRequired();

  @Message
  String groundIdInvalid();

  @Message
  String groundVersionInvalid();

  @Message
  String groundRuleUnreadable();

  @Message
  String groundRuleTooLong();

  @Message
  String groundFindingUnreadable();

  @Message
  String groundFindingTooLong();

  @Message
  String groundsRequired();

  @Message
  String groundIncomplete();

  @Message
  String groundRepeated();

  @Message
  String groundNotOfPlatform();

  @Message
  String groundAlreadyOpen();

  @Message
  String caseTitle(String reference);

  @Message
  String caseCaption();

  @Message
  String platformKey();

  @Message
  String stageKey();

  @Message
  String openedKey();

  @Message
  String openingReasonKey();

  @Message
  String groundReturn(String templateCode);

  @Message
  String groundVersionLink(int number);

  @Message
  String groundObligationText(String templateCode);

  @Message
  String groundObligationDue(LocalDate date);

  @Message
  String groundRuleText(String ruleId);

  @Message
  String noticeHeading();

  @Message
  String noticeIssuedKey();

  @Message
  String deadlineKey();

  @Message
  String representationsOpenTag();

  @Message
  String deadlineOpenNote(LocalDate deadline);

  @Message
  String deadlinePassedNote(LocalDate deadline);

  @Message
  String representationsHeading();

  @Message
  String representationsNone();

  @Message
  String representationNumber(int number);

  @Message
  String documentFacts(String type, long bytes);

  @Message
  String representationFormHeading();

  @Message
  String representationTextLabel();

  @Message
  String representationTextHint();

  @Message
  String documentsLabel();

  @Message
  String documentsHint();

  @Message
  String sendRepresentation();

  @Message
  String representationTextRequired();

  @Message
  String representationTextTooLong();

  @Message
  String representationTextUnreadable();

  @Message
  String representationsClosed();

  @Message
  String representationsNotInvited();

  @Message
  String tooManyDocuments();

  @Message
  String documentEmpty(String name);

  @Message
  String documentTooLarge(String name);

  @Message
  String documentNameInvalid();

  @Message
  String documentTypeNotAllowed(String name);

  @Message
  String documentContentMismatch(String name);

  @Message
  String requirementsHeading();

  @Message
  String requirementTitle(int number);

  @Message
  String requirementDueKey();

  @Message
  String requirementStatusKey();

  @Message
  String requirementCompletedKey();

  @Message
  String requirementVerifiedKey();

  @Message
  String noteLabel(boolean completion);

  @Message
  String markDoneButton();

  @Message
  String verifyButton();

  @Message
  String noteUnreadable();

  @Message
  String noteTooLong();

  @Message
  String requirementStale();

  @Message
  String requirementStepNotAllowed();

  @Message
  String appealHeading();

  @Message
  String appealStatusKey();

  @Message
  String appealGroundsKey();

  @Message
  String appealOutcomeKey();

  @Message
  String appealLodgeHeading();

  @Message
  String appealGroundsLabel();

  @Message
  String appealGroundsHint();

  @Message
  String lodgeAppealButton();

  @Message
  String appealDecideHeading();

  @Message
  String appealOutcomeLegend();

  @Message
  String appealUpheld();

  @Message
  String appealDismissed();

  @Message
  String appealOutcomeTextLabel();

  @Message
  String decideAppealButton();

  @Message
  String appealGroundsRequired();

  @Message
  String appealGroundsUnreadable();

  @Message
  String appealGroundsTooLong();

  @Message
  String appealOutcomeRequired();

  @Message
  String appealOutcomeTextRequired();

  @Message
  String appealOutcomeTextUnreadable();

  @Message
  String appealOutcomeTextTooLong();

  @Message
  String appealNotAllowed();

  @Message
  String appealOutcomeNotAllowed();

  @Message
  String stepsHeading();

  @Message
  String stepReason();

  @Message
  String investigateHeading();

  @Message
  String investigateButton();

  @Message
  String noticeFormHeading();

  @Message
  String noticeTextLabel();

  @Message
  String noticeTextHint();

  @Message
  String deadlineLegend();

  @Message
  String deadlineHint();

  @Message
  String noticeButton();

  @Message
  String confirmHeading();

  @Message
  String confirmIntro(LocalDate deadline);

  @Message
  String requirementLegend(int number);

  @Message
  String requirementTextLabel();

  @Message
  String requirementDueLegend();

  @Message
  String requirementDueHint();

  @Message
  String confirmButton();

  @Message
  String closeHeading();

  @Message
  String closeButton();

  @Message
  String caseStale();

  @Message
  String stepNotAllowed();

  @Message
  String confirmationBeforeDeadline(LocalDate deadline);

  @Message
  String deadlineRequired();

  @Message
  String deadlineNotADate();

  @Message
  String deadlineNotFuture();

  @Message
  String noticeTextRequired();

  @Message
  String noticeTextUnreadable();

  @Message
  String noticeTextTooLong();

  @Message
  String requirementTextRequired();

  @Message
  String requirementTextUnreadable();

  @Message
  String requirementTextTooLong();

  @Message
  String requirementDueRequired();

  @Message
  String requirementDueNotADate();

  @Message
  String requirementDueNotFuture();

  @Message
  String bannerTitle();

  @Message
  String bannerDone(CasePage.Done done);

  @Message
  String historyHeading();

  @Message
  String historyCaption();

  @Message
  String historyWhen();

  @Message
  String historyWho();

  @Message
  String historyWhat();

  @Message
  String historyStage();

  @Message
  String historyReason();

  @Message
  String penaltyStatusName(io.carefile.penalty.PenaltyStatus status);

  @Message
  String stepName(io.carefile.penalty.PenaltyStepName name);

  @Message
  String figureRate(String value, String currency);

  @Message
  String figureMonths(String value);

  @Message
  String figureDays(String value);

  @Message
  String penaltyTitle(String amount);

  @Message
  String paymentAmountRequired();

  @Message
  String paymentAmountNotANumber();

  @Message
  String paymentAmountTooPrecise();

  @Message
  String paymentAmountOutOfRange();

  @Message
  String paymentExceedsBalance(String balance);

  @Message
  String paymentReceivedNotADate();

  @Message
  String paymentReceivedRequired();

  @Message
  String paymentReceivedInFuture();

  @Message
  String paymentReferenceRequired();

  @Message
  String paymentReferenceUnreadable();

  @Message
  String paymentReferenceTooLong();

  @Message
  String paymentReferenceReused();

  @Message
  String penaltyPaid();

  @Message
  String penaltyWithdrawn();

  @Message
  String penaltyStale();

  @Message
  String penaltyNotWithdrawable();

  @Message
  String penaltiesTitle();

  @Message
  String penaltiesIntroRegulator();

  @Message
  String penaltiesIntroPlatform();

  @Message
  String penaltiesNone();

  @Message
  String penaltiesCaption(long count);

  @Message
  String filterStatus();

  @Message
  String filterAnyStatus();

  @Message
  String columnPenalty();

  @Message
  String columnCase();

  @Message
  String columnAmount();

  @Message
  String columnBalance();

  @Message
  String columnDue();

  @Message
  String columnStatus();

  @Message
  String caseLinkText();

  @Message
  String penaltyCaption();

  @Message
  String penaltyAmountKey();

  @Message
  String penaltyStatusKey();

  @Message
  String penaltyDueKey();

  @Message
  String penaltyBalanceKey();

  @Message
  String penaltyIssuedKey();

  @Message
  String penaltyCaseKey();

  @Message
  String penaltyCapKey();

  @Message
  String penaltyCappedNote();

  @Message
  String calculationHeading();

  @Message
  String calculationCaption();

  @Message
  String stepColumn();

  @Message
  String stepInputsColumn();

  @Message
  String stepFigureColumn();

  @Message
  String stepExplanationColumn();

  @Message
  String paymentsHeading();

  @Message
  String paymentsNone();

  @Message
  String paymentsCaption();

  @Message
  String paymentReferenceColumn();

  @Message
  String paymentAmountColumn();

  @Message
  String paymentReceivedColumn();

  @Message
  String paymentRecordedColumn();

  @Message
  String penaltyHistoryHeading();

  @Message
  String penaltyHistoryCaption();

  @Message
  String penaltyHistoryStatus();

  @Message
  String paymentFormHeading();

  @Message
  String paymentReferenceLabel();

  @Message
  String paymentReferenceHint();

  @Message
  String paymentAmountLabel();

  @Message
  String paymentAmountHint();

  @Message
  String paymentReceivedLegend();

  @Message
  String paymentReceivedHint();

  @Message
  String recordPaymentButton();

  @Message
  String withdrawalFormHeading();

  @Message
  String withdrawalReasonLabel();

  @Message
  String withdrawButton();

  @Message
  String penaltyBannerDone(PenaltyPage.Done done);

  @Message
  String casePenaltyLink();

  @Message
  String casePenaltyHeading();

  @Message
  String calculatorTitle();

  @Message
  String calculatorIntro();

  @Message
  String calculatorLink();

  @Message
  String calculatorSeriousnessLegend();

  @Message
  String calculatorRelevantRevenueLabel();

  @Message
  String calculatorRelevantRevenueHint(String currency);

  @Message
  String calculatorWorldwideRevenueLabel();

  @Message
  String calculatorWorldwideRevenueHint(String currency);

  @Message
  String calculatorMonthsLabel();

  @Message
  String calculatorMonthsHint();

  @Message
  String calculatorAggravatingLegend();

  @Message
  String calculatorMitigatingLegend();

  @Message
  String calculatorUpliftLabel();

  @Message
  String calculatorDiscountLabel();

  @Message
  String calculatorPercentHint();

  @Message
  String calculatorButton();

  @Message
  String calculatorResultHeading(String amount);

  @Message
  String calculatorCapNote(String cap);

  @Message
  String calculatorCappedNote();

  @Message
  String calculatorSeriousnessRequired();

  @Message
  String calculatorMonthsNotAWholeNumber();

  @Message
  String calculatorAmountRequired();

  @Message
  String calculatorAmountNotANumber();

  @Message
  String calculatorPercentNotANumber();

  @Message
  String calculatorRefused(String detail);

  @Message
  String casesDownload();

  @Message
  String penaltiesDownload();
}
