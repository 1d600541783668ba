package io.carefile.portal.shared;

import io.carefile.scoring.ScoreBand;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The words the whole portal shares (layout, start, errors, dates), read by templates as {@code
 * msg:}; each feature's pages have their own bundle. The texts live in {@code
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
  String footerRegister();

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
  String enforcementCasesLink();

  @Message
  String obligationsPeriodRange(LocalDate start, LocalDate end);

  @Message
  String dateTime(ZonedDateTime time);

  @Message
  String errorSummaryTitle();

  /** A page's title while it shows errors, as GOV.UK asks, so screen readers hear it first. */
  @Message
  String errorTitle(String title);

  @Message
  String errorPrefix();

  @Message
  String warningPrefix();

  @Message
  String notAnswered();

  @Message
  String answerYes();

  @Message
  String answerNo();

  @Message
  String returnsLink();

  @Message
  String scoreBand(ScoreBand band);

  /** A size band of UK monthly active users, from its lowest number (and the next band's). */
  @Message
  String sizeBandName(String from, String to, boolean last);
}
