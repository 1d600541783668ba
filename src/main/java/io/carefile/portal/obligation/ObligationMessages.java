package io.carefile.portal.obligation;

import io.carefile.obligation.ObligationStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The obligation pages' words, read by their templates as {@code obligation:}. The texts live in
 * {@code messages/obligation_en-GB.properties}; the build fails on a missing text or a wrong
 * parameter.
 */
@MessageBundle("obligation")
public interface ObligationMessages {

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
  String obligationsDownload();

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
  String obligationStatusName(ObligationStatus status);

  @Message
  String obligationsActions();

  @Message
  String obligationsStartReturn();

  @Message
  String obligationsContinueReturn();

  @Message
  String obligationsViewReturn();

  @Message
  String generationLink();

  @Message
  String generationTitle();

  @Message
  String generationIntro();

  @Message
  String templateLabel();

  @Message
  String templateOption(String code, String title, int version);

  @Message
  String templateChoose();

  @Message
  String periodStartLegend();

  @Message
  String periodStartHint();

  @Message
  String day();

  @Message
  String month();

  @Message
  String year();

  @Message
  String generateButton();

  @Message
  String templateRequired();

  @Message
  String periodStartRequired();

  @Message
  String periodStartNotADate();

  @Message
  String periodStartInvalid();
}
