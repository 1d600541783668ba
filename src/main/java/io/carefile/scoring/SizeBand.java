package io.carefile.scoring;

import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A size band of platforms by UK monthly active users: from {@code fromUsers} (inclusive) up to the
 * next band's lower bound. Written in configuration as {@code code:fromUsers}, e.g. {@code
 * 1m-to-7m:1000000}.
 *
 * @param code how the band is named in the API ({@code sizeBand=1m-to-7m}): lower-case letters,
 *     digits and hyphens, at most 32 characters
 * @param fromUsers the band's lowest number of UK monthly active users
 */
@Schema(name = "SizeBand", description = "A size band of platforms by UK monthly active users")
public record SizeBand(
    @Schema(description = "The band's code", example = "34m-and-over", maxLength = 32) String code,
    @Schema(description = "Its lowest number of UK monthly active users (inclusive)")
        long fromUsers) {

  /** What a band's code may be. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public SizeBand {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "A size band's code is 1 to 32 lower-case letters, digits and hyphens, not " + code);
    }
    if (fromUsers < 0) {
      throw new IllegalArgumentException(
          "Size band " + code + " cannot start below 0 users: " + fromUsers);
    }
  }

  /**
   * Reads {@code code:fromUsers}, as configuration writes a band (the converter SmallRye finds).
   */
  public static SizeBand of(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "A size band is written code:fromUsers, e.g. 1m-to-7m:1000000, not " + text);
    }
    String from = text.substring(colon + 1).strip().replace("_", "");
    try {
      return new SizeBand(text.substring(0, colon).strip(), Long.parseLong(from));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "A size band's lower bound is a whole number of users, not " + from, e);
    }
  }
}
