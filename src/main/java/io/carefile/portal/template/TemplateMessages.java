package io.carefile.portal.template;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The template pages' words, read by their templates as {@code template:}. The texts live in {@code
 * messages/template_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("template")
public interface TemplateMessages {

  @Message
  String publicationLink();

  @Message
  String publicationTitle();

  @Message
  String publicationIntro();

  @Message
  String documentLabel();

  @Message
  String documentHint();

  @Message
  String publishButton();

  @Message
  String documentRequired();

  @Message
  String documentNotText();

  @Message
  String documentProblem(String path, String problem);

  @Message
  String versionAlreadyPublished();

  @Message
  String publishedTitle();

  @Message
  String publishedBody(String code, int version);

  @Message
  String publishedNext();
}
