package io.carefile.penalty;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A code with a percentage, as configuration writes a seriousness level or a factor: {@code
 * CODE:percent}, e.g. {@code SERIOUS:10} for ten per cent.
 *
 * @param code 1 to 64 capital letters, digits and underscores, starting with a letter
 * @param percent the percentage, exact
 */
public record CodedPercent(String code, BigDecimal percent) {

  /** What a code may be. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public CodedPercent {
    requireCode(code);
    if (percent == null) {
      throw new IllegalArgumentException("Code " + code + " has no percentage");
    }
  }

  /**
   * @throws IllegalArgumentException unless {@code code} is a code
   */
  static void requireCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "A code is 1 to 64 capital letters, digits and underscores, starting with a letter, not "
              + code);
    }
  }

  /** Reads {@code CODE:percent} (the converter SmallRye finds). */
  public static CodedPercent of(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "A code with its percentage is written CODE:percent, e.g. SERIOUS:10, not " + text);
    }
    String percent = text.substring(colon + 1).strip();
    try {
      return new CodedPercent(text.substring(0, colon).strip(), new BigDecimal(percent));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The percentage of " + text.substring(0, colon).strip() + " is not a number: " + percent,
          e);
    }
  }
}
