package io.carefile.portal.register;

import io.carefile.register.DecisionStanding;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The public register's words, read by its templates as {@code register:}. The texts live in {@code
 * messages/register_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("register")
public interface RegisterMessages {

  @Message
  String startTitle();

  @Message
  String startLead();

  @Message
  String startNoSignIn();

  @Message
  String startWhatHeading();

  @Message
  String startWhatDecisions();

  @Message
  String startWhatStatistics(int minCohort);

  @Message
  String backToRegister();

  @Message
  String decisionsTitle();

  @Message
  String decisionsIntro();

  @Message
  String decisionsCaption(long total);

  @Message
  String noDecisions();

  @Message
  String downloadDecisions();

  @Message
  String downloadDecision();

  @Message
  String backToDecisions();

  @Message
  String decisionTitle(String reference);

  @Message
  String referenceHeader();

  @Message
  String platformHeader();

  @Message
  String decisionDateHeader();

  @Message
  String publishedDateHeader();

  @Message
  String requirementsHeader();

  @Message
  String standingHeader();

  @Message
  String summaryHeader();

  @Message
  String standing(DecisionStanding standing);

  @Message
  String penaltyHeader();

  @Message
  String noPenalty();

  @Message
  String penalty(String amount, boolean withdrawn);

  @Message
  String penaltyKind(String kind);

  @Message
  String statisticsTitle();

  @Message
  String statisticsIntro();

  @Message
  String withheldExplained(int minCohort);

  @Message
  String returnsHeading();

  @Message
  String returnsIntro();

  @Message
  String returnsCaption();

  @Message
  String noReturns();

  @Message
  String downloadReturns();

  @Message
  String periodHeader();

  @Message
  String period(String template, LocalDate start, LocalDate end);

  @Message
  String categoryHeader();

  @Message
  String category(String code);

  @Message
  String platformsHeader();

  @Message
  String returnsDueHeader();

  @Message
  String returnsFiledHeader();

  @Message
  String filedLateHeader();

  @Message
  String onTimeHeader();

  @Message
  String medianScoreHeader();

  @Message
  String bandsHeader();

  @Message
  String bands(String green, String amber, String red);

  @Message
  String percent(String value);

  @Message
  String withheld(int minCohort);

  @Message
  String scoresWithheld(int minCohort);

  @Message
  String enforcementHeading();

  @Message
  String enforcementIntro();

  @Message
  String enforcementCaption();

  @Message
  String noEnforcement();

  @Message
  String downloadEnforcement();

  @Message
  String yearHeader();

  @Message
  String casesOpenedHeader();

  @Message
  String confirmedHeader();

  @Message
  String closedNoActionHeader();

  @Message
  String publishedHeader();
}
