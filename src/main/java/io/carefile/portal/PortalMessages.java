package io.carefile.portal;

import io.carefile.obligation.ObligationStatus;
import io.carefile.platform.PlatformStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

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
  String startPlatformsPrepare();

  @Message
  String startPlatformsQueries();

  @Message
  String startPlatformsStanding();

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
}
