package io.carefile.portal.query;

import io.carefile.review.QuerySide;
import io.carefile.review.QueryStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The query pages' words, read by their templates as {@code query:}. The texts live in {@code
 * messages/query_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("query")
public interface QueryMessages {

  @Message
  String inboxTitle();

  @Message
  String inboxIntroPlatform();

  @Message
  String inboxIntroRegulator();

  @Message
  String filterStatus();

  @Message
  String filterAnyStatus();

  @Message
  String filterOverdue();

  @Message
  String applyFilter();

  @Message
  String inboxNone();

  @Message
  String inboxCaption(long count);

  @Message
  String columnSubject();

  @Message
  String columnPlatform();

  @Message
  String columnReturn();

  @Message
  String columnStatus();

  @Message
  String columnDueDate();

  @Message
  String columnLastActivity();

  @Message
  String statusName(QueryStatus status);

  @Message
  String overdueTag();

  @Message
  String threadCaption();

  @Message
  String returnKey();

  @Message
  String platformKey();

  @Message
  String fieldsKey();

  @Message
  String wholeReturn();

  @Message
  String dueDateKey();

  @Message
  String statusKey();

  @Message
  String raisedKey();

  @Message
  String closedKey();

  @Message
  String byOn(String by, ZonedDateTime at);

  @Message
  String messagesHeading();

  @Message
  String sideName(QuerySide side);

  @Message
  String messageNumber(int number);

  @Message
  String replyHeadingPlatform();

  @Message
  String replyHeadingAnalyst();

  @Message
  String replyIntroPlatform();

  @Message
  String replyIntroAnalyst();

  @Message
  String messageLabel();

  @Message
  String sendAnswer();

  @Message
  String sendFollowUp();

  @Message
  String closeHeading();

  @Message
  String closeIntro();

  @Message
  String closeButton();

  @Message
  String closedNote();

  @Message
  String unsentHeading();

  @Message
  String bannerTitle();

  @Message
  String bannerRaised();

  @Message
  String bannerAnswered();

  @Message
  String bannerFollowedUp();

  @Message
  String bannerClosed();

  @Message
  String messageRequired();

  @Message
  String messageTooLong();

  @Message
  String messageUnreadable();

  @Message
  String replyClosed();

  @Message
  String replyStale();

  @Message
  String followUpNotInReview();

  @Message
  String closeClosed();

  @Message
  String closeStale();

  @Message
  String raiseTitle();

  @Message
  String raiseIntro();

  @Message
  String backToReview();

  @Message
  String subjectLabel();

  @Message
  String subjectHint();

  @Message
  String raiseMessageLabel();

  @Message
  String raiseMessageHint();

  @Message
  String fieldsLegend();

  @Message
  String fieldsHint();

  @Message
  String dueDateLegend();

  @Message
  String dueDateHint(LocalDate example);

  @Message
  String day();

  @Message
  String month();

  @Message
  String year();

  @Message
  String raiseButton();

  @Message
  String subjectRequired();

  @Message
  String subjectTooLong();

  @Message
  String subjectUnreadable();

  @Message
  String raiseMessageRequired();

  @Message
  String raiseMessageTooLong();

  @Message
  String raiseMessageUnreadable();

  @Message
  String fieldsUnknown();

  @Message
  String dueDateRequired();

  @Message
  String dueDateNotADate();

  @Message
  String dueDatePast();

  @Message
  String raiseNotInReview();
}
