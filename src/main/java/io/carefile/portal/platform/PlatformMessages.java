package io.carefile.portal.platform;

import io.carefile.platform.PlatformStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The platform pages' words, read by their templates as {@code platform:}; the pages choose among
 * them by problem code and field path. The texts live in {@code
 * messages/platform_en-GB.properties}; the build fails on a missing text or a wrong parameter.
 */
@MessageBundle("platform")
public interface PlatformMessages {

  @Message
  String platformStatusName(PlatformStatus status);
}
