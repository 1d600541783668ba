package io.carefile.portal.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the portal's error pages, read by templates as {@code errorPage:}. */
@MessageBundle("errorPage")
public interface ErrorPageMessages {

  @Message
  String notFoundTitle();

  @Message
  String notFoundTyped();

  @Message
  String notFoundPasted();

  @Message
  String homeLink();

  @Message
  String formRefusedTitle();

  @Message
  String formRefusedWhy();

  @Message
  String formRefusedWhatToDo();

  @Message
  String unavailableTitle();

  @Message
  String unavailableTryLater();

  @Message
  String unavailableForms();
}
