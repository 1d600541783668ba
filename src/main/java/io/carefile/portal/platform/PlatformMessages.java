package io.carefile.portal.platform;

import io.carefile.platform.PlatformStatus;
import io.carefile.platform.ServiceFeature;
import io.carefile.platform.ServiceKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The platform pages' words, read by their templates as {@code platform:}; the pages choose an
 * error's words by the problem's code and field path. The texts live in {@code
 * messages/platform_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("platform")
public interface PlatformMessages {

  @Message
  String platformStatusName(PlatformStatus status);

  @Message
  String serviceKindName(ServiceKind kind);

  @Message
  String serviceFeatureName(ServiceFeature feature);

  @Message
  String platformsTitle();

  @Message
  String onboardLink();

  @Message
  String searchLabel();

  @Message
  String statusFilter();

  @Message
  String anyStatus();

  @Message
  String categoryFilter();

  @Message
  String anyCategory();

  @Message
  String applyFilters();

  @Message
  String noPlatforms();

  @Message
  String platformsCaption(long count);

  @Message
  String platformColumn();

  @Message
  String categoryColumn();

  @Message
  String usersColumn();

  @Message
  String statusColumn();

  @Message
  String tradingName();

  @Message
  String companyNumber();

  @Message
  String country();

  @Message
  String services();

  @Message
  String features();

  @Message
  String users();

  @Message
  String revenue();

  @Message
  String revenueValue(String currency, String amount, LocalDate yearEnd);

  @Message
  String category();

  @Message
  String status();

  @Message
  String editProfileLink();

  @Message
  String changeStatusHeading();

  @Message
  String newStatusLabel();

  @Message
  String reasonLabel();

  @Message
  String changeStatusButton();

  @Message
  String statusRequired();

  @Message
  String statusReasonRequired();

  @Message
  String statusReasonUnreadable();

  @Message
  String statusReasonTooLong();

  @Message
  String statusUnchanged();

  @Message
  String statusStale();

  @Message
  String onboardingTitle();

  @Message
  String profileTitle();

  @Message
  String legalNameLabel();

  @Message
  String tradingNameLabel();

  @Message
  String slugLabel();

  @Message
  String slugHint();

  @Message
  String companyNumberLabel();

  @Message
  String countryLabel();

  @Message
  String countryHint();

  @Message
  String serviceKindsLegend();

  @Message
  String serviceFeaturesLegend();

  @Message
  String usersLabel();

  @Message
  String revenueLabel();

  @Message
  String currencyLabel();

  @Message
  String currencyHint();

  @Message
  String yearEndLegend();

  @Message
  String yearEndHint();

  @Message
  String day();

  @Message
  String month();

  @Message
  String year();

  @Message
  String officerHeading();

  @Message
  String officerEmailLabel();

  @Message
  String officerFirstNameLabel();

  @Message
  String officerLastNameLabel();

  @Message
  String onboardButton();

  @Message
  String saveButton();

  @Message
  String fieldRequired(String field);

  @Message
  String fieldInvalid(String field);

  @Message
  String fieldUnreadable(String field);

  @Message
  String notANumber(String field);

  @Message
  String numberTooLarge(String field);

  @Message
  String yearEndNotADate();

  @Message
  String unknownChoice();

  @Message
  String slugTaken();

  @Message
  String officerEmailTaken();

  @Message
  String officerAccountRefused();

  @Message
  String identityServiceUnavailable();

  @Message
  String profileStale();
}
