package io.carefile.portal.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The review pages' words, read by their templates as {@code review:}. The texts live in {@code
 * messages/review_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("review")
public interface ReviewMessages {

  @Message
  String queueTitle();

  @Message
  String queueIntro();

  @Message
  String queueCaption(long count);

  @Message
  String queueNone();

  @Message
  String filtersHeading();

  @Message
  String filterTemplate();

  @Message
  String anyTemplate();

  @Message
  String filterPeriod();

  @Message
  String filterPeriodHint();

  @Message
  String filterCategory();

  @Message
  String anyCategory();

  @Message
  String filterBand();

  @Message
  String anyBand();

  @Message
  String filterLate();

  @Message
  String lateAny();

  @Message
  String lateOnly();

  @Message
  String onTimeOnly();

  @Message
  String filterStatus();

  @Message
  String needingReview();

  @Message
  String filterAssignee();

  @Message
  String filterAssigneeHint();

  @Message
  String filterRule();

  @Message
  String filterRuleHint();

  @Message
  String applyFilters();

  @Message
  String clearFilters();

  @Message
  String filterTemplateInvalid();

  @Message
  String filterPeriodInvalid();

  @Message
  String filterCategoryInvalid();

  @Message
  String filterBandInvalid();

  @Message
  String filterLateInvalid();

  @Message
  String filterStatusInvalid();

  @Message
  String filterAssigneeTooLong();

  @Message
  String filterAssigneeUnreadable();

  @Message
  String filterRuleTooLong();

  @Message
  String filterRuleUnreadable();

  @Message
  String statusName(io.carefile.filing.FilingStatus status);

  @Message
  String colPlatform();

  @Message
  String colTemplate();

  @Message
  String colPeriod();

  @Message
  String colStatus();

  @Message
  String colBand();

  @Message
  String colPriority();

  @Message
  String colLate();

  @Message
  String colAge();

  @Message
  String colAssignee();

  @Message
  String colActions();

  @Message
  String overridden();

  @Message
  String lateYes();

  @Message
  String lateNo();

  @Message
  String age(long days, long hours);

  @Message
  String unassigned();

  @Message
  String assignToMe();

  @Message
  String reviewTitle(String platform, String returnTitle);

  @Message
  String backToQueue();

  @Message
  String summaryHeading();

  @Message
  String summaryPlatform();

  @Message
  String summaryTemplate();

  @Message
  String summaryPeriod();

  @Message
  String summaryStatus();

  @Message
  String summaryAssignee();

  @Message
  String summaryAssignedSince(String time);

  @Message
  String summarySubmitted();

  @Message
  String summaryVersion(int number);

  @Message
  String summaryLate();

  @Message
  String summaryPriority();

  @Message
  String summaryPriorityPoints(int points);

  @Message
  String summaryCategory();

  @Message
  String valuesHeading(int version);

  @Message
  String valuesIntro();

  @Message
  String valuesQuestion();

  @Message
  String valuesThisReturn(int version);

  @Message
  String valuesPrevious(String period, int version, boolean accepted);

  @Message
  String valuesNoPrevious();

  @Message
  String valuesPeerMedian(String group);

  @Message
  String valuesPeerMedianNone();

  @Message
  String previousNone();

  @Message
  String notAvailable();

  @Message
  String peerCohort(int size);

  @Message
  String indicatorsHeading();

  @Message
  String indicatorsIntro();

  @Message
  String indicatorColumn();

  @Message
  String indicatorValue(String value, String band);

  @Message
  String indicatorNotScored();

  @Message
  String totalRow();

  @Message
  String findingsHeading(int version);

  @Message
  String findingsNone();

  @Message
  String findingSeverity(io.carefile.template.definition.RuleSeverity severity);

  @Message
  String findingRule();

  @Message
  String findingMessage();

  @Message
  String findingExplanation();

  @Message
  String findingNotExplained();

  @Message
  String scoreHeading();

  @Message
  String scoreTotal();

  @Message
  String scoreOutOf();

  @Message
  String scoreComputedBand();

  @Message
  String scoreEffectiveBand();

  @Message
  String scoreNone();

  @Message
  String scoreExplained();

  @Message
  String overrideHeading();

  @Message
  String overrideNone();

  @Message
  String overrideBand();

  @Message
  String overrideState();

  @Message
  String overrideStateName(io.carefile.scoring.ScoreOverrideState state);

  @Message
  String overrideReason();

  @Message
  String overrideComment();

  @Message
  String overrideCarriedFrom(int version);

  @Message
  String overrideFormHeading();

  @Message
  String overrideFormIntro();

  @Message
  String overrideBandLegend();

  @Message
  String overrideReasonLabel();

  @Message
  String overrideReasonChoose();

  @Message
  String overrideCommentLabel();

  @Message
  String overrideCommentHint();

  @Message
  String overrideButton();

  @Message
  String reconfirmIntro();

  @Message
  String reconfirmButton();

  @Message
  String lapseButton();

  @Message
  String withdrawIntro();

  @Message
  String withdrawButton();

  @Message
  String overrideBandRequired();

  @Message
  String overrideBandUnchanged();

  @Message
  String overrideReasonRequired();

  @Message
  String overrideReasonUnknown();

  @Message
  String overrideCommentRequired();

  @Message
  String overrideCommentTooLong();

  @Message
  String overrideCommentUnreadable();

  @Message
  String overrideStale();

  @Message
  String overrideGone();

  @Message
  String overrideStepNotAllowed();

  @Message
  String overrideNothingToReconfirm();

  @Message
  String versionsHeading();

  @Message
  String versionNumber();

  @Message
  String versionAccession();

  @Message
  String versionSubmitted();

  @Message
  String versionLinks();

  @Message
  String versionView();

  @Message
  String versionCompare();

  @Message
  String versionOf(int number);

  @Message
  String queriesHeading();

  @Message
  String queriesNone();

  @Message
  String raiseQuery();

  @Message
  String querySubject();

  @Message
  String queryDue();

  @Message
  String queryStatus();

  @Message
  String queryStatusName(io.carefile.review.QueryStatus status);

  @Message
  String queryOverdue();

  @Message
  String decisionsHeading();

  @Message
  String decisionOutcome(io.carefile.review.ReviewOutcome outcome);

  @Message
  String decisionBy(int version, String who, String time);

  @Message
  String decisionFindingFields();

  @Message
  String decisionReasons();

  @Message
  String assignmentHeading();

  @Message
  String assignmentNone();

  @Message
  String assignmentOther(String who);

  @Message
  String releaseButton();

  @Message
  String reassignLabel();

  @Message
  String reassignHint();

  @Message
  String reassignButton();

  @Message
  String assigneeRequired();

  @Message
  String assigneeTooLong();

  @Message
  String assigneeUnreadable();

  @Message
  String assigneeNotAnalyst();

  @Message
  String assignmentNotAllowed();

  @Message
  String releaseNotAssigned();

  @Message
  String reviewStale();

  @Message
  String decideHeading();

  @Message
  String acceptHeading();

  @Message
  String acceptNoteLabel();

  @Message
  String acceptButton();

  @Message
  String findingsFormHeading();

  @Message
  String findingTextLabel();

  @Message
  String findingTextHint();

  @Message
  String findingFieldsLegend();

  @Message
  String acceptWithFindingsButton();

  @Message
  String rejectHeading();

  @Message
  String rejectReasonsLegend();

  @Message
  String rejectReasonsHint();

  @Message
  String rejectTextLabel();

  @Message
  String rejectTextHint();

  @Message
  String rejectButton();

  @Message
  String findingRequired();

  @Message
  String findingTooLong();

  @Message
  String findingUnreadable();

  @Message
  String findingFieldUnknown();

  @Message
  String reasonsRequired();

  @Message
  String reasonUnknown();

  @Message
  String rejectTextRequired();

  @Message
  String rejectTextTooLong();

  @Message
  String rejectTextUnreadable();

  @Message
  String noteTooLong();

  @Message
  String noteUnreadable();

  @Message
  String decisionNotAllowed();

  @Message
  String successTitle();

  @Message
  String done(io.carefile.portal.review.ReviewPage.Done done);

  @Message
  String queueDownload();
}
