package io.carefile.portal.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.ZonedDateTime;

/**
 * The export page's words, read by its template as {@code export:}. The texts live in {@code
 * messages/export_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("export")
public interface ExportMessages {

  @Message
  String exportTitle();

  @Message
  String exportWriting();

  @Message
  String exportProgress(String done, String total);

  @Message
  String exportProgressLabel();

  @Message
  String exportCheckAgain();

  @Message
  String exportReady();

  @Message
  String exportDownload();

  @Message
  String exportExpiresAt(ZonedDateTime at);

  @Message
  String exportExpired();

  @Message
  String exportFailed();
}
