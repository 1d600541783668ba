package io.carefile.portal.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The home pages' words, read by their templates as {@code home:}. The texts live in {@code
 * messages/home_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("home")
public interface HomeMessages {

  @Message
  String platformHomeTitle();

  @Message
  String platformLegalName();

  @Message
  String platformTradingName();

  @Message
  String platformStatus();

  @Message
  String regulatorHomeTitle();

  @Message
  String regulatorGreeting(String name);

  @Message
  String regulatorRolesIntro();

  @Message
  String roleName(String role);

  @Message
  String enforcementHeading();

  @Message
  String enforcementIntro();

  @Message
  String enforcementIntroOfficer();

  @Message
  String enforcementLink();

  @Message
  String reviewHeading();

  @Message
  String reviewIntro();

  @Message
  String reviewLink();

  @Message
  String queriesLink();

  @Message
  String administrationHeading();

  @Message
  String administrationIntro();

  @Message
  String platformReturnsHeading();

  @Message
  String platformReturnsIntro();

  @Message
  String platformReturnsLink();

  @Message
  String platformQueriesHeading();

  @Message
  String platformQueriesIntro();

  @Message
  String platformQueriesLink(long open);

  @Message
  String platformEnforcementHeading();

  @Message
  String platformEnforcementIntro();

  @Message
  String platformEnforcementLink();

  @Message
  String penaltiesLink();

  @Message
  String platformPenaltiesLink();
}
